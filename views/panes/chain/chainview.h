#pragma once

#include <QGraphicsView>

namespace hs {

// A graphics view for the chain: wheel and Ctrl+plus/minus zoom, drag to pan, F to fit.
// It keeps fitting the whole chain as it resizes until the user zooms.
class ChainView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChainView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_autoFit = true;
};

} // namespace hs
