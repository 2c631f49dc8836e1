#include "main/Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Switchboard::Appearance {

namespace {
QPalette &systemPalette()
{
    // The palette the platform gave us before we touched it.
    static QPalette palette = QApplication::palette();
    return palette;
}
} // namespace

bool systemPrefersDark()
{
    if (systemPalette().color(QPalette::Window).lightness() < 128)
        return true;
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.contains(QLatin1String("dark"), Qt::CaseInsensitive))
        return true;
    return qEnvironmentVariable("SWITCHBOARD_COLOR_SCHEME") == QLatin1String("dark");
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6),
        button(0x35, 0x37, 0x3c), highlight(0x3d, 0xae, 0xe9), disabled(0x7f, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void apply(const QString &scheme)
{
    systemPalette();   // remember the platform's palette before the first change
    const bool dark = scheme == QLatin1String("dark")
                      || (scheme != QLatin1String("light") && systemPrefersDark());
    // Fusion draws a custom palette faithfully; native styles may not.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0
        && (dark || scheme != QLatin1String("system")))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(systemPalette().color(QPalette::Window).lightness() < 128 ? systemPalette()
                                                                                           : darkPalette());
    else if (scheme == QLatin1String("light") && systemPalette().color(QPalette::Window).lightness() < 128)
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(systemPalette());
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace Switchboard::Appearance
