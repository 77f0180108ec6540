"""Chapter 9: padding for the 5x5 mean, and how much it reduces noise."""

from .kinds import Mistake, Number

EXERCISES = [
    Number(
        "09.1",
        "What padding keeps the size with the 5x5 mean kernel?",
        2,
        hints=(
            "A 5x5 window loses k - 1 rows; padding p on each side adds 2p.",
            "H + 2p - k + 1 = H, so 2p = k - 1, with p rows on each side.",
        ),
        explain="p = (5 - 1) / 2 = 2 on each side.",
        mistakes=[
            Mistake(4, "That is both sides together; padding is given per side."),
            Mistake(5, "That is the kernel size; the padding is what each side needs."),
            Mistake(1, "Padding 1 keeps the size for a 3x3 kernel; a 5x5 kernel loses 4 rows."),
        ],
    ),
    Number(
        "09.2",
        "By what factor does the 5x5 mean reduce the standard deviation of independent noise, in theory?",
        5.0,
        hints=(
            "The mean of n independent values: what happens to the variance, and what to the standard deviation?",
            "Var(mean) = Var / n, so std(mean) = std / sqrt(n), with n = 25.",
        ),
        explain="The mean of 25 independent values has 1/25 of the variance, so its standard deviation falls by sqrt(25) = 5.",
        mistakes=[
            Mistake(25, "25 is the factor for the variance; the standard deviation falls by its square root."),
        ],
        tolerance=1e-6,
    ),
]
