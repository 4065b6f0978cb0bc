#include "PreviewPluginLoader.h"

#include "DocumentPreviewPlugin.h"

#include <QDir>
#include <QPluginLoader>
#include <QStringList>

namespace {

constexpr auto PluginName = "sipcabinet_pdfpreview";

QStringList candidates()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList paths{programDir + QLatin1Char('/') + QLatin1String(PluginName),
                      QDir::cleanPath(programDir + QStringLiteral("/" SIPCABINET_INSTALLED_PLUGIN_DIR "/"))
                          + QLatin1Char('/') + QLatin1String(PluginName)};
#ifdef SIPCABINET_BUILD_TREE_PREVIEW_PLUGIN
    paths.append(QStringLiteral(SIPCABINET_BUILD_TREE_PREVIEW_PLUGIN));
#endif
    return paths;
}

struct Loaded
{
    DocumentPreviewPlugin *plugin = nullptr;
    QString problem;
    bool tried = false;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

} // namespace

bool PreviewPluginLoader::isLoaded()
{
    return loaded().tried;
}

DocumentPreviewPlugin *PreviewPluginLoader::plugin(QString *problem)
{
    Loaded &state = loaded();
    if (!state.tried) {
        state.tried = true;
        QString lastError;
        for (const QString &path : candidates()) {
            QPluginLoader loader(path);
            if (QObject *instance = loader.instance()) {
                state.plugin = qobject_cast<DocumentPreviewPlugin *>(instance);
                if (state.plugin)
                    break;
            }
            lastError = loader.errorString();
        }
        if (!state.plugin) {
            qWarning("the document preview plugin could not be loaded: %ls", qUtf16Printable(lastError));
            state.problem = tr("The preview is not available: its part of the program is missing or damaged. "
                               "Open the document instead, or reinstall the program.");
        }
    }
    if (problem)
        *problem = state.problem;
    return state.plugin;
}
