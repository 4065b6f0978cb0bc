#pragma once

class QLineEdit;

// A search or input field at least as wide as its hint: a clipped «Номер, период или су» helps nobody.
namespace PlaceholderFit {

// The width the field's text area needs for its placeholder, with its frame and clear button.
int widthFor(const QLineEdit *edit);
// Makes that the field's minimum width.
void apply(QLineEdit *edit);

} // namespace PlaceholderFit
