"""The point cloud's numpy rasteriser paints what Qt would: square dots of the pen's size where the points
are, each pixel as dark as its overlapping translucent dots make it."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from gdstudio.ui.widgets.point_cloud import ROUND_UP_TO, PointCloud


def painted(cloud: PointCloud, transform: QTransform, size=(60, 40), ratio: float = 1.0) -> np.ndarray:
    image = QImage(int(size[0] * ratio), int(size[1] * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setTransform(transform)
    cloud.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    bits = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), image.width())
    return bits.copy()


def alpha(bits: np.ndarray) -> np.ndarray:
    return (bits >> 24).astype(int)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_dense_clouds_are_counted_into_pixels_like_translucent_dots(qapp, ratio):
    cloud = PointCloud(3, QColor(0, 0, 255))
    cloud.set_alpha(20)
    x = np.r_[np.full(ROUND_UP_TO, 10.0), np.full(30, 30.0), 500.0]  # (one far outside: ignored)
    y = np.r_[np.full(ROUND_UP_TO, 10.0), np.full(30, 20.0), 500.0]
    cloud.setData(x + 0.5, y + 0.5)  # (at pixel centres)
    a = alpha(painted(cloud, QTransform(), ratio=ratio))
    k = int(ratio)
    dense = a[10 * k, 10 * k]
    assert dense == 255  # 5,000 dots of α = 20/255: opaque
    expected = round(255 * (1 - (1 - QColor(0, 0, 255, 20).alphaF()) ** 30))
    assert abs(int(a[20 * k, 30 * k]) - expected) <= 1
    # Each dot is 3 px (6 device px at a ratio of 2) wide, centred on its point.
    row = a[10 * k]
    covered = np.flatnonzero(row)
    assert covered.min() <= 9 * k and covered.max() >= 11 * k - 1 and covered.max() - covered.min() + 1 == 3 * k
    assert a.sum() == pytest.approx(255 * 9 * k * k + expected * 9 * k * k, rel=0.02)


def test_premultiplied_colour(qapp):
    cloud = PointCloud(1, QColor(200, 100, 50))
    cloud.set_alpha(255)
    cloud.setData(np.full(ROUND_UP_TO + 1, 5.5), np.full(ROUND_UP_TO + 1, 5.5))
    bits = painted(cloud, QTransform())
    pixel = int(bits[5, 5])
    assert (pixel >> 24, (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255) == (255, 200, 100, 50)
    assert np.count_nonzero(bits) == 1


def test_the_item_transform_places_the_dots(qapp):
    """Data coordinates → pixels through the painter's transform (a view box's scale and flip)."""
    cloud = PointCloud(1, QColor("black"))
    cloud.set_alpha(255)
    cloud.setData(np.full(ROUND_UP_TO + 1, 2.0), np.full(ROUND_UP_TO + 1, 1.0))
    transform = QTransform(10.0, 0.0, 0.0, -10.0, 5.0, 35.0)  # x → 10x + 5, y → 35 − 10y
    a = alpha(painted(cloud, transform))
    assert np.argwhere(a).tolist() == [[25, 25]]


def test_a_cloud_edited_again_and_again_paints_as_a_new_one(qapp):
    """The raster's buffers are kept between paints and edits: what it paints is the points it has now, never
    those of an earlier, larger set."""
    rng = np.random.default_rng(5)
    transform = QTransform().translate(2, 38).scale(5, -3)
    cloud = PointCloud(3, QColor(0, 0, 0))
    cloud.set_alpha(40)
    x, y = rng.uniform(0, 11, 3 * ROUND_UP_TO), rng.uniform(0, 12, 3 * ROUND_UP_TO)
    for n in (3 * ROUND_UP_TO, 3 * ROUND_UP_TO + 1, 2 * ROUND_UP_TO, ROUND_UP_TO + 1, 3 * ROUND_UP_TO - 7):
        xs, ys = np.resize(x, n), np.resize(y, n)
        xs[-1], ys[-1] = 5.0, 6.0  # (a point the larger sets had elsewhere)
        cloud.setData(xs, ys)
        fresh = PointCloud(3, QColor(0, 0, 0))
        fresh.set_alpha(40)
        fresh.setData(xs.copy(), ys.copy())
        np.testing.assert_array_equal(painted(cloud, transform), painted(fresh, transform))
