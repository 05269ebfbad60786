#include "views/canvas/canvasrender.h"

#include "views/canvas/diagramscene.h"

#include <QPainter>

namespace lintel::canvas {

QImage renderSceneToImage(DiagramScene &scene, double scale, QRectF source, int maxPixels)
{
    if (source.isNull())
        source = scene.contentRect().adjusted(-24, -24, 24, 24);
    if (source.isEmpty())
        source = QRectF(0, 0, 200, 120);
    scale = std::min({scale, maxPixels / source.width(), maxPixels / source.height()});
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const bool wasExporting = scene.isExporting();
    scene.setExporting(true);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    }
    scene.setExporting(wasExporting);
    return image;
}

bool exportPng(DiagramScene &scene, const QString &path, double scale, QString *error)
{
    const QImage image = renderSceneToImage(scene, scale);
    if (image.save(path, "PNG"))
        return true;
    if (error)
        *error = QStringLiteral("could not write %1").arg(path);
    return false;
}

}  // namespace lintel::canvas
