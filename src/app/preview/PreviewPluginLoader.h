#pragma once

#include <QCoreApplication>
#include <QString>

class DocumentPreviewPlugin;

// Finds and loads the preview plugin once: beside the program (a build, Windows), in the installed plugin
// folder (a package), or in the build tree (tests). Nothing is loaded until a page first asks.
class PreviewPluginLoader
{
    Q_DECLARE_TR_FUNCTIONS(PreviewPluginLoader)

public:
    // Null with a user-readable reason when there is no working plugin.
    static DocumentPreviewPlugin *plugin(QString *problem);
    // Whether plugin() has been asked yet: what start-up leaves alone.
    static bool isLoaded();
};
