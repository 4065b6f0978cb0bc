#include "AppIcons.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>

#include <array>

namespace {

constexpr std::array RenderedSizes{SIPCABINET_ICON_SIZES};

// Draws one of the PNGs rendered at build time, the closest to the size asked for. Qt's own engine for
// image files asks every image-format plugin whether it can read each file (loading them all) before the
// first paint; this one reads the file named for the size, as PNG, only when that size is drawn.
class RenderedIconEngine : public QIconEngine
{
public:
    explicit RenderedIconEngine(const QString &name)
        : m_name(name)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state);
        const int wanted = fittingSide(size);
        const QString cacheKey = QStringLiteral("sipcabinet-icon:%1:%2:%3").arg(m_name).arg(wanted).arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        const int side = renderedSideFor(wanted);
        QImageReader reader(QStringLiteral(":/icons/%1-%2.png").arg(m_name).arg(side), "png");
        reader.setAutoDetectImageFormat(false);
        if (side > wanted)
            reader.setScaledSize(QSize(wanted, wanted)); // a size between two rendered ones: the larger, made smaller
        result = QPixmap::fromImage(reader.read());
        if (mode != QIcon::Normal && !result.isNull()) {
            QStyleOption option;
            option.palette = QApplication::palette();
            result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = fittingSide(size);
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : RenderedSizes)
            sizes.append(QSize(side, side));
        return sizes;
    }

    QIconEngine *clone() const override { return new RenderedIconEngine(m_name); }
    QString key() const override { return QStringLiteral("SipCabinetRenderedIcon"); }

private:
    // A square inside the size asked for, never larger than the largest rendering (icons are not enlarged).
    static int fittingSide(const QSize &size)
    {
        return qBound(1, qMin(size.width(), size.height()), RenderedSizes.back());
    }

    // The smallest rendered side that covers the request, so that it is only ever scaled down.
    static int renderedSideFor(int wanted)
    {
        for (const int side : RenderedSizes) {
            if (side >= wanted)
                return side;
        }
        return RenderedSizes.back();
    }

    QString m_name;
};

} // namespace

namespace AppIcons {

QIcon named(const QString &name)
{
    return QIcon(new RenderedIconEngine(name));
}

} // namespace AppIcons
