#pragma once
// The box on a flow's middle: protocol and sync/async, the API, and a red
// warning line on unprotected crossings. Text layouts are kept between
// frames (QStaticText): laying out hundreds of labels again for every frame
// cost more than drawing them.
#include <QColor>
#include <QSizeF>
#include <QStaticText>
#include <QStringList>
#include <vector>

class QPainter;
class QRectF;

namespace lintel::canvas {

class FlowLabel {
public:
    void setText(const QStringList &lines, const QString &warning);
    QSizeF size() const { return m_size; }

    // `border` frames the box; `warningColour` colours the warning line.
    // `plain` draws a square box without smoothing, for crowded areas
    // where hundreds of labels show at once.
    void paint(QPainter *painter, const QRectF &box, const QColor &border, const QColor &warningColour,
               bool plain) const;

private:
    std::vector<QStaticText> m_lines;
    QStaticText m_warning;  // empty when there is nothing to warn about
    QSizeF m_size;
};

}  // namespace lintel::canvas
