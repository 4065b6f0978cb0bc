// Renders the application's SVG icon to a PNG of one size, for the icon themes of the packages.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: render_icon SVG SIZE OUTPUT.png|OUTPUT.ico\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    const int size = arguments.at(2).toInt();
    if (!renderer.isValid() || size <= 0)
        return 1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(arguments.at(3)) ? 0 : 1; // the format follows the suffix: .png, .ico
}
