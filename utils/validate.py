"""Argument checks shared by the helpers: bad input fails early, naming the argument."""

import numbers

import numpy as np


def as_int(value, name, minimum):
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int, got {type(value).__name__} {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return int(value)


def as_pair(value, name, minimum):
    """An int or a pair of ints, as a (height, width) tuple."""
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise ValueError(f"{name} must be an int or a pair of ints, got {value!r}")
        return tuple(as_int(v, name, minimum) for v in value)
    value = as_int(value, name, minimum)
    return value, value


def as_array(value, name, ndim, expected):
    """A numeric ndarray with one of the allowed numbers of axes (ndim: int or tuple)."""
    if isinstance(value, (str, bytes)) or value is None:
        raise TypeError(f"{name} must be a numeric array, got {type(value).__name__}")
    arr = np.asarray(value)
    if not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool):
        raise TypeError(f"{name} must be a numeric array, got dtype {arr.dtype}")
    allowed = (ndim,) if isinstance(ndim, int) else ndim
    if arr.ndim not in allowed:
        raise ValueError(f"{name} must be {expected}, got shape {arr.shape}")
    return arr
