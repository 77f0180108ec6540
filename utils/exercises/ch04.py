"""Chapter 4: receptive fields of stacks, with stride and dilation."""

from ..receptive import receptive_field
from .kinds import Mistake, Number

EXERCISES = [
    Number(
        "04.1",
        "What is the receptive field (one side, in input pixels) of three stacked 3x3 layers with stride 1?",
        receptive_field([3, 3, 3])[-1].size,
        hints=(
            "Start from one 3x3 layer and ask how much each further layer widens the field.",
            "r_l = r_(l-1) + (k_l - 1) * j_(l-1), with r_0 = 1 and the jump j = 1 at stride 1.",
        ),
        explain="3, then + 2, then + 2: 7. Each extra 3x3 layer at stride 1 widens the field by k - 1 = 2.",
        mistakes=[
            Mistake(9, "Each layer widens the field by k - 1 = 2, not by k = 3: neighbouring windows overlap."),
            Mistake(27, "Fields do not multiply: each layer adds (k - 1) times the jump."),
            Mistake(5, "That is two layers; count the third as well."),
        ],
    ),
    Number(
        "04.2",
        "A 3x3 layer with stride 2, then a 3x3 layer with stride 1. Receptive field (one side)?",
        receptive_field([(3, 2), 3])[-1].size,
        hints=(
            "After a stride-2 layer, how far apart in the input are two neighbouring pixels of its output?",
            "r_2 = r_1 + (k_2 - 1) * j_1, where the jump j_1 = s_1 = 2.",
        ),
        explain="After the stride-2 layer neighbours are 2 input pixels apart, so the next 3x3 adds (3 - 1) * 2 = 4: 3 + 4 = 7.",
        mistakes=[
            Mistake(5, "The jump is missing: after stride 2, each step on the feature map is 2 steps on the input."),
            Mistake(9, "The jump multiplies k - 1, not k: 3 + (3 - 1) * jump."),
        ],
    ),
    Number(
        "04.3",
        "How many input pixels wide is the receptive field of one 3x3 kernel with dilation 2?",
        receptive_field([(3, 1, 2)])[-1].size,
        hints=(
            "Dilation spreads the kernel's taps apart. Where do the three taps of one row sit?",
            "span = d * (k - 1) + 1.",
        ),
        explain="The taps sit at 0, 2 and 4: 2 * (3 - 1) + 1 = 5 pixels, with holes between them.",
        mistakes=[
            Mistake(3, "The dilation is missing: with d = 2 the taps are 2 pixels apart."),
            Mistake(6, "d * k counts one gap too many: the span is d * (k - 1) + 1."),
        ],
    ),
]
