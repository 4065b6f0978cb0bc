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
        const int side = renderedSideFor(qMax(size.width(), size.height()));
        const QString cacheKey = QStringLiteral("sipcabinet-icon:%1:%2:%3").arg(m_name).arg(side).arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QImageReader reader(QStringLiteral(":/icons/%1-%2.png").arg(m_name).arg(side), "png");
        reader.setAutoDetectImageFormat(false);
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
        const int side = qMin(renderedSideFor(qMax(size.width(), size.height())), qMin(size.width(), size.height()));
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
