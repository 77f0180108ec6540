"""Chapter 6's predictions: 6.2 is a choice made before its reveal, so an unanswered cell asks
for a prediction; the answers of 6.1 and 6.2 hold for a strided correlation written here in numpy."""

import numpy as np

from utils.exercises import expected, kind, verdict


def strided_response(image, stride=2):
    """3x3 kernel with rows [1, 0, -1], zero padding 1, by hand."""
    padded = np.pad(image, 1)
    h, w = image.shape
    full = np.array([[padded[i : i + 3, j].sum() - padded[i : i + 3, j + 2].sum() for j in range(w)] for i in range(h)])
    return full[::stride, ::stride]


def square(dx):
    image = np.zeros((16, 16))
    image[5:10, 4 + dx : 9 + dx] = 1
    return image


def test_a_predicted_choice_asks_for_a_prediction():
    assert kind("06.2") == "choice"
    ok, message = verdict("06.2", ...)
    assert not ok and "no prediction yet" in message
    ok, message = verdict("05.3", ...)
    assert not ok and "not answered yet" in message


def test_a_move_of_4_pixels_moves_the_stride_2_map_by_2_columns():
    before, after = strided_response(square(0)), strided_response(square(4))
    moved = expected("06.1")
    assert (after[:, moved:] == before[:, :-moved]).all() and not (after == before).all()


def test_a_move_of_1_pixel_is_no_shift_of_the_stride_2_map():
    before, after = strided_response(square(0)), strided_response(square(1))
    for m in range(-7, 8):
        shifted = np.roll(before, m, axis=1)
        assert not (shifted[:, 1:-1] == after[:, 1:-1]).all()
    assert expected("06.2") == "d"
