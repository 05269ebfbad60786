#include "views/canvas/canvasfonts.h"

#include <QGuiApplication>
#include <array>

namespace lintel::canvas {

namespace {

struct FontRow {
    int pixelSize;
    bool bold;
    double letterSpacing;  // percent
    bool capitals;
};

// Indexed by CanvasFont.
constexpr std::array<FontRow, 7> kRows = {{
    {13, true, 100, false},  // Name
    {9, true, 112, true},    // Kind: small spaced capitals, like a stereotype
    {11, false, 100, false}, // Detail: technology
    {9, true, 104, false},   // Badge: team, classification
    {11, false, 100, false}, // FlowLabel
    {14, true, 100, false},  // ZoneTitle
    {9, true, 110, true},    // ZoneTrust
}};

struct Fonts {
    std::array<QFont, kRows.size()> fonts;
    std::array<QFontMetricsF, kRows.size()> metrics{
        QFontMetricsF(QFont()), QFontMetricsF(QFont()), QFontMetricsF(QFont()), QFontMetricsF(QFont()),
        QFontMetricsF(QFont()), QFontMetricsF(QFont()), QFontMetricsF(QFont())};

    Fonts()
    {
        for (std::size_t i = 0; i < kRows.size(); ++i) {
            QFont font = QGuiApplication::font();
            font.setPixelSize(kRows[i].pixelSize);
            font.setBold(kRows[i].bold);
            font.setLetterSpacing(QFont::PercentageSpacing, kRows[i].letterSpacing);
            if (kRows[i].capitals)
                font.setCapitalization(QFont::AllUppercase);
            // Geometric text positions: identical layout at every zoom level.
            font.setHintingPreference(QFont::PreferNoHinting);
            fonts[i] = font;
            metrics[i] = QFontMetricsF(font);
        }
    }
};

const Fonts &fonts()
{
    static const Fonts instance;
    return instance;
}

}  // namespace

const QFont &canvasFont(CanvasFont which)
{
    return fonts().fonts[std::size_t(which)];
}

const QFontMetricsF &canvasFontMetrics(CanvasFont which)
{
    return fonts().metrics[std::size_t(which)];
}

}  // namespace lintel::canvas
