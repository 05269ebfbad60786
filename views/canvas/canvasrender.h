#pragma once
// Rendering a diagram scene to an image, as it looks on screen minus the
// editing chrome (grid, selection, hover, handles).
#include <QImage>
#include <QRectF>
#include <QString>

namespace lintel::canvas {

class DiagramScene;

// Renders `source` (default: everything, with a margin) at `scale` pixels
// per scene unit onto white. Large scenes are capped at `maxPixels` per
// side by lowering the scale.
QImage renderSceneToImage(DiagramScene &scene, double scale = 1.0, QRectF source = {},
                          int maxPixels = 8000);

// renderSceneToImage, saved as PNG. False (and `error` says why) on failure.
bool exportPng(DiagramScene &scene, const QString &path, double scale = 1.0, QString *error = nullptr);

}  // namespace lintel::canvas
