// Renders an SVG icon to PNGs of the given sizes: for the app's resources (so that no SVG has to be parsed
// before the first window is painted) and for the icon themes of the packages.
//   render_icon SVG OUTPUT SIZE [SIZE...]   OUTPUT names the file, "{size}" in it is replaced by each size
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
    if (arguments.size() < 4) {
        std::fputs("usage: render_icon SVG OUTPUT SIZE [SIZE...]  (\"{size}\" in OUTPUT becomes the size)\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return 1;
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        if (size <= 0)
            return 1;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        QString output = arguments.at(2);
        output.replace(QStringLiteral("{size}"), sizeText);
        if (!image.save(output)) // the format follows the suffix: .png, .ico
            return 1;
    }
    return 0;
}
