#pragma once
// Text built from pieces with one allocation and plain copies: pack rules
// write an explanation line per clause and a message for every finding,
// tens of thousands on a large model, where appending piece by piece (a
// capacity check and a call per piece) showed up in profiles.
#include <QString>
#include <QStringView>
#include <algorithm>

namespace lintel::packs {

template <class Pieces> QString joinPieces(const Pieces &pieces)
{
    qsizetype size = 0;
    for (QStringView piece : pieces)
        size += piece.size();
    QString out(size, Qt::Uninitialized);
    QChar *at = out.data();
    for (QStringView piece : pieces)
        at = std::copy(piece.begin(), piece.end(), at);
    return out;
}

}  // namespace lintel::packs
