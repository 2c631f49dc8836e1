#include "widgets/MessageBar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Switchboard {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setToolTip(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hideMessage();
        emit actionTriggered();
    });
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_type = type;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyStyle();
    show();
}

void MessageBar::hideMessage()
{
    hide();
    m_text->clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyStyle()
{
    // Colours derived from the palette's lightness keep the bar readable in light and dark mode.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Information: accent = QColor(0x3d, 0xae, 0xe9); break;
    case Type::Positive: accent = QColor(0x27, 0xae, 0x60); icon = QStyle::SP_DialogApplyButton; break;
    case Type::Warning: accent = QColor(0xf6, 0x74, 0x00); icon = QStyle::SP_MessageBoxWarning; break;
    case Type::Error: accent = QColor(0xda, 0x44, 0x53); icon = QStyle::SP_MessageBoxCritical; break;
    }
    const QColor base = palette().color(QPalette::Window);
    const qreal mix = dark ? 0.35 : 0.2;
    const QColor background = QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
                                               base.greenF() * (1 - mix) + accent.greenF() * mix,
                                               base.blueF() * (1 - mix) + accent.blueF() * mix);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background.name(), accent.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

bool MessageBar::event(QEvent *event)
{
    // Setting the style sheet can itself post a palette change; do not recurse.
    if (event->type() == QEvent::PaletteChange && isVisible() && !m_styling) {
        m_styling = true;
        applyStyle();
        m_styling = false;
    }
    return QFrame::event(event);
}

} // namespace Switchboard
