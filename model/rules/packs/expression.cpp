#include "model/rules/packs/expression.h"

#include "model/index/modelindex.h"

#include <QJSEngine>
#include <QHash>
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

QJSValue toScript(QJSEngine &engine, const FieldValue &v, const FieldType &type)
{
    if (!v.present)  // null in JavaScript, or an empty list
        return type.kind == ValueKind::List ? engine.newArray(0) : QJSValue(QJSValue::NullValue);
    switch (type.kind) {
    case ValueKind::Bool: return QJSValue(bool(v.number));
    case ValueKind::Number: return QJSValue(v.number);
    case ValueKind::List: {
        QJSValue list = engine.newArray(uint(v.list.size()));
        for (qsizetype i = 0; i < v.list.size(); ++i)
            list.setProperty(quint32(i), v.list[i]);
        return list;
    }
    default: return QJSValue(v.asText());
    }
}

// Frozen views of objects, each built once per evaluator: neighbours are
// shared by many objects (every flow of an element sees the same element).
class Views {
public:
    Views(QJSEngine &engine) : m_engine(engine), m_freeze(engine.evaluate(QStringLiteral("Object.freeze"))) {}

    // Every field and fact of one object, by the names conditions use;
    // dotted names become nested objects. `depth` > 0 follows references
    // that far, and for an element at depth > 1 lists its flows.
    QJSValue of(const ModelIndex &index, ObjectAt object, int depth)
    {
        // Collection, operation (+1, so none is 0), depth, position.
        const quint64 key = quint64(object.collection) << 56 | quint64(object.operation + 1) << 36
                            | quint64(depth) << 32 | quint32(object.index);
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd())
            return *cached;
        QJSValue out = m_engine.newObject();
        QHash<QString, QJSValue> nested;
        for (const FieldPath &path : allFieldPaths(object.subject())) {
            const QString &name = path.text();
            QJSValue value = toScript(m_engine, path.read(index, object), path.type());
            if (depth > 0 && path.leadsTo() && !value.isNull()) {
                const int target = path.target(index, object);
                if (target >= 0)
                    value = of(index, {*path.leadsTo(), target}, depth - 1);
            }
            const qsizetype dot = name.indexOf(u'.');
            if (dot < 0) {
                out.setProperty(name, value);
                continue;
            }
            const QString head = name.left(dot);
            if (!nested.contains(head))
                nested.insert(head, m_engine.newObject());
            nested[head].setProperty(name.mid(dot + 1), value);
        }
        for (auto it = nested.begin(); it != nested.end(); ++it)
            out.setProperty(it.key(), m_freeze.call({it.value()}));
        if (object.collection == Collection::Elements && depth > 1) {
            out.setProperty(QStringLiteral("flowsIn"), flows(index, index.incoming(object.index), depth - 1));
            out.setProperty(QStringLiteral("flowsOut"), flows(index, index.outgoing(object.index), depth - 1));
        }
        const QJSValue frozen = m_freeze.call({out});
        m_cache.insert(key, frozen);
        return frozen;
    }

private:
    QJSValue flows(const ModelIndex &index, const std::vector<int> &ids, int depth)
    {
        QJSValue list = m_engine.newArray(uint(ids.size()));
        for (std::size_t i = 0; i < ids.size(); ++i)
            list.setProperty(quint32(i), of(index, {Collection::Flows, ids[i]}, depth));
        return m_freeze.call({list});
    }

    QJSEngine &m_engine;
    QJSValue m_freeze;
    QHash<quint64, QJSValue> m_cache;
};

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
    std::optional<Views> views;
    Subject target;
    std::chrono::milliseconds budget;
    Watchdog watchdog{engine};
};

ExpressionEvaluator::ExpressionEvaluator(const QString &expression, Subject target, int budgetMs)
    : d(std::make_unique<Private>())
{
    d->target = target;
    d->budget = std::chrono::milliseconds(budgetMs);
    d->function = d->engine.evaluate(wrapped(expression));
    d->views.emplace(d->engine);
}

ExpressionEvaluator::~ExpressionEvaluator() = default;

ExpressionEvaluator::Outcome ExpressionEvaluator::evaluate(const ModelIndex &index, ObjectAt object)
{
    using Kind = Outcome::Kind;
    if (d->function.isError())
        return {Kind::Threw, d->function.toString()};
    // Two steps out: enough for it.to.zone.trust and it.flowsIn[0].from.
    const QJSValue it = d->views->of(index, object, 2);
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
