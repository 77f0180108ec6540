"""Chapter 10: the training-image design is judged by what the image determines (every image whose
windows fix the kernel accepted, each other rejected with its reason, both confirmed by training and
by two kernels that give the same map); the composed kernel matches Paddle for kernels of any shape."""

import warnings

import numpy as np
import pytest

import utils
from utils import paddle
from utils.exercises import ch10, verdict

STEP = np.repeat([[1.0] * 30 + [0.0] * 20], 50, axis=0)  # chapter 7's image
RIGHT = [
    [[0, 0, 1, 0, 0]],  # one bright pixel
    STEP,
    np.random.default_rng(0).random((4, 6)),
    [[0, 1, 1, 0], [1, 1, 1, 1]],  # two rows, each alone not enough
    [[0, 0, 1], [0, 1, 0], [1, 0, 0]],
    [[3, 1, 4, 1, 5, 9]],
]
WRONG = [
    (np.ones((4, 6)), ch10.ONE),
    (np.rot90(STEP).copy(), ch10.ONE),
    ([[3, 3, 3, 3], [5, 5, 5, 5]], ch10.ONE),  # rows constant, different brightness
    ([[0, 2, 0, 0, 0]], ch10.PLANE),  # a bright pixel next to the border: two windows read it, not three
    ([[1, 2, 4, 8, 16]], ch10.ONE),  # doubling: every window is a multiple of (1, 2, 4)
    (np.zeros((2, 5)), ch10.ZERO),
    (np.tile([0.0, 1.0], (3, 4)), ch10.PLANE),
    (np.tile([2.0, 5.0], (1, 5)), ch10.PLANE),  # other values, same period
    (np.tile(np.arange(6.0), (2, 1)), ch10.PLANE),
    ([[4, 5, 6, 7], [1, 2, 3, 4]], ch10.PLANE),  # even ramps, with offsets
    ([[1, 0, 0]], ch10.FEW),  # one window, however it is chosen
    ([[1, 2, 4, 3]], ch10.FEW),  # two windows
    ([[1, 0], [0, 1], [1, 1]], ch10.SHAPE),
    ([[1, 2], [3, 4]], ch10.SHAPE),
    ([[0, np.inf, 1, 2]], ch10.FINITE),
]


@pytest.mark.parametrize("image", RIGHT)
def test_images_that_determine_the_kernel_are_accepted(image):
    ok, message = verdict("10.2", image)
    assert ok, message


@pytest.mark.parametrize("image, reason", WRONG)
def test_images_that_leave_weights_free_get_their_reason(image, reason):
    ok, message = verdict("10.2", image)
    assert not ok and reason in message, message


def feature_map(image, kernel):
    image = np.asarray(image, dtype="float64")
    return utils.conv2d(image[None, None], np.asarray(kernel, dtype="float64").reshape(1, 1, 1, 3))


@pytest.mark.parametrize("image, reason", [w for w in WRONG if w[1] in (ch10.FEW, ch10.ONE, ch10.PLANE, ch10.ZERO)])
def test_rejected_images_have_two_kernels_with_the_same_map(image, reason):
    # Independently of the rank: a kernel the windows cannot see, added to [1, 0, -1], changes nothing.
    windows = ch10.windows(image)
    free = np.linalg.svd(np.vstack([windows, np.zeros((3, 3))]))[2][-1]  # a unit vector with windows @ free ~ 0
    assert np.abs(windows @ free).max() < 1e-9
    other = np.array([1.0, 0.0, -1.0]) + free
    assert np.allclose(feature_map(image, other), feature_map(image, [1, 0, -1]), atol=1e-9)


@pytest.mark.parametrize("image", RIGHT[:3])
def test_accepted_images_teach_the_kernel_to_paddle(image):
    image = np.asarray(image, dtype="float32")[None, None]
    truth = np.array([0.5, -2.0, 1.5], dtype="float32").reshape(1, 1, 1, 3)
    target = paddle.to_tensor(utils.conv2d(image, truth))
    start = paddle.ParamAttr(initializer=paddle.nn.initializer.Assign(np.zeros((1, 1, 1, 3), "float32")))
    layer = paddle.nn.Conv2D(1, 1, [1, 3], weight_attr=start, bias_attr=False)
    optimizer = paddle.optimizer.LBFGS(max_iter=50, line_search_fn="strong_wolfe", parameters=layer.parameters())

    def loss():
        optimizer.clear_grad()
        value = paddle.nn.functional.mse_loss(layer(paddle.to_tensor(image)), target)
        value.backward()
        return value

    with warnings.catch_warnings():  # Paddle 3.3's line search warns about its own call; see chapter 10
        warnings.filterwarnings("ignore", message="To copy construct from a tensor")
        optimizer.step(loss)
    assert np.abs(layer.weight.numpy() - truth).max() < 1e-3


@pytest.mark.parametrize("shapes", [((3, 3), (3, 3)), ((1, 3), (3, 1)), ((2, 3), (3, 2)), ((1, 3), (1, 3))])
def test_composed_kernel_is_what_paddle_computes(shapes):
    rng = np.random.default_rng(len(shapes[0]) + shapes[1][0])
    w1, w2 = (rng.integers(-3, 4, size=s).astype("float64") for s in shapes)
    stack = paddle.nn.Sequential(utils.make_conv2d(w1[None, None]), utils.make_conv2d(w2[None, None]))
    x = rng.standard_normal((1, 1, 9, 10)).astype("float32")
    one = utils.make_conv2d(ch10.composed(w1, w2)[None, None])
    np.testing.assert_allclose(utils.run(stack, x), utils.run(one, x), rtol=1e-5, atol=1e-4)


def test_predicted_kernel_is_the_hand_expansion():
    # y[j] = h[j] - h[j + 2], h[j] = x[j] - x[j + 2]  =>  x[j] - 2 x[j + 2] + x[j + 4]
    assert ch10.composed(ch10.EDGE, ch10.EDGE).ravel().tolist() == [1, 0, -2, 0, 1]
    assert verdict("10.1", (1, 0, -2, 0, 1))[0] and verdict("10.1", np.array([1, 0, -2, 0, 1]))[0]


@pytest.mark.parametrize("letter", ["a", "c", "d"])
def test_each_wrong_choice_names_its_misconception(letter):
    ok, message = verdict("10.3", letter)
    assert not ok and ch10.CHOICES[letter] in message
