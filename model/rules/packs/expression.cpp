#include "model/rules/packs/expression.h"

#include "model/index/modelindex.h"

#include <QJSEngine>
#include <QVariantMap>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace lintel::packs {

namespace {

// The expression as a function of `it`: compiling the function does not run
// its body, which is what the syntax check needs.
QString wrapped(const QString &expression)
{
    return QStringLiteral("(function (it) { return (\n%1\n); })").arg(expression);
}

QVariant toVariant(const FieldValue &v, const FieldType &type)
{
    if (!v.present)  // null in JavaScript, or an empty list
        return type.kind == ValueKind::List ? QVariant(QStringList()) : QVariant::fromValue(nullptr);
    switch (type.kind) {
    case ValueKind::Bool: return bool(v.number);
    case ValueKind::Number: return v.number;
    case ValueKind::List: return v.list;
    default: return v.text;
    }
}

// Every field and fact of one object, by the names conditions use; dotted
// names become nested objects. `depth` > 0 follows references that far.
QVariantMap viewOf(const ModelIndex &index, ObjectAt object, int depth)
{
    QVariantMap out;
    for (const FieldPath &field : allFieldPaths(object.collection)) {
        const FieldPath *path = &field;
        const QString &name = path->text();
        QVariant value = toVariant(path->read(index, object), path->type());
        const std::optional<Collection> leadsTo = path->leadsTo();
        if (depth > 0 && leadsTo && !value.isNull()) {
            const int target = path->target(index, object);
            if (target >= 0)
                value = viewOf(index, {*leadsTo, target}, depth - 1);
        }
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0) {
            out.insert(name, value);
        } else {
            QVariantMap nested = out.value(name.left(dot)).toMap();
            nested.insert(name.mid(dot + 1), value);
            out.insert(name.left(dot), nested);
        }
    }
    if (object.collection == Collection::Elements && depth > 1) {
        QVariantList in, outgoing;
        for (int f : index.incoming(object.index))
            in << viewOf(index, {Collection::Flows, f}, depth - 1);
        for (int f : index.outgoing(object.index))
            outgoing << viewOf(index, {Collection::Flows, f}, depth - 1);
        out.insert(QStringLiteral("flowsIn"), in);
        out.insert(QStringLiteral("flowsOut"), outgoing);
    }
    return out;
}

// Interrupts the engine when an evaluation outlives its budget.
class Watchdog {
public:
    explicit Watchdog(QJSEngine &engine) : m_engine(engine), m_thread([this] { watch(); }) {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void arm(std::chrono::milliseconds budget)
    {
        std::lock_guard lock(m_mutex);
        m_deadline = std::chrono::steady_clock::now() + budget;
        m_armed = true;
        m_fired = false;
        m_wake.notify_all();
    }
    // True when the watchdog interrupted the evaluation.
    bool disarm()
    {
        std::lock_guard lock(m_mutex);
        m_armed = false;
        m_wake.notify_all();
        return m_fired;
    }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_wake.wait(lock);
                continue;
            }
            if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed) {
                m_engine.setInterrupted(true);
                m_fired = true;
                m_armed = false;
            }
        }
    }

    QJSEngine &m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_armed = false, m_fired = false, m_stop = false;
    std::thread m_thread;  // last: starts once the rest is ready
};

}  // namespace

std::optional<ExpressionSyntaxError> checkExpressionSyntax(const QString &expression)
{
    QJSEngine engine;
    const QJSValue compiled = engine.evaluate(wrapped(expression));
    if (!compiled.isError())
        return std::nullopt;
    // Line 1 of the wrapper is its header; the expression starts on line 2.
    return ExpressionSyntaxError{std::max(1, compiled.property(QStringLiteral("lineNumber")).toInt() - 1),
                                 compiled.toString()};
}

struct ExpressionEvaluator::Private {
    QJSEngine engine;
    QJSValue function;
    QJSValue deepFreeze;
    Collection target;
    std::chrono::milliseconds budget;
    Watchdog watchdog{engine};
};

ExpressionEvaluator::ExpressionEvaluator(const QString &expression, Collection target, int budgetMs)
    : d(std::make_unique<Private>())
{
    d->target = target;
    d->budget = std::chrono::milliseconds(budgetMs);
    d->function = d->engine.evaluate(wrapped(expression));
    d->deepFreeze = d->engine.evaluate(QStringLiteral(
        "(function freeze(o) { if (o && typeof o === 'object') { Object.values(o).forEach(freeze); "
        "Object.freeze(o); } return o; })"));
}

ExpressionEvaluator::~ExpressionEvaluator() = default;

ExpressionEvaluator::Outcome ExpressionEvaluator::evaluate(const ModelIndex &index, ObjectAt object)
{
    using Kind = Outcome::Kind;
    if (d->function.isError())
        return {Kind::Threw, d->function.toString()};
    // Two steps out: enough for it.to.zone.trust and it.flowsIn[0].from.
    const QJSValue it = d->deepFreeze.call({d->engine.toScriptValue(viewOf(index, object, 2))});
    d->watchdog.arm(d->budget);
    const QJSValue result = d->function.call({it});
    const bool timedOut = d->watchdog.disarm();
    d->engine.setInterrupted(false);
    if (timedOut)
        return {Kind::TimedOut, QStringLiteral("took longer than %1 ms").arg(d->budget.count())};
    if (result.isError())
        return {Kind::Threw, result.toString()};
    if (result.isBool())
        return {result.toBool() ? Kind::Holds : Kind::Fails, {}};
    if (result.isString())  // text: the rule fails, and the text says why
        return {Kind::Fails, result.toString()};
    return {Kind::Threw, QStringLiteral("the expression gave %1, not true, false or a text")
                             .arg(result.isUndefined() ? QStringLiteral("undefined") : result.toString())};
}

}  // namespace lintel::packs
