"""Building the model's records in the parser's inner loops, without the dataclass ``__init__``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, which
is most of the cost of the hundreds of thousands of records a big corpus makes (units,
spans, department references, assignments).  The functions here build the same record
without it, with the fields in the order of the class (as ``__init__`` leaves them, so
``repr``, ``==`` and ``hash`` are unchanged).

:func:`builder` makes, per class, a function that stores each field in the new
instance's dictionary one key at a time.  Stored in the class's field order, the keys
stay those the class's instances share, so the dictionary holds only the values: about
a third of the memory of a dictionary of its own (which :func:`dict_setter` installs),
and cheaper to build and to free.  ``Span``, the most numerous record (a hundred
thousand for 4 MB of plans) and a small one, has slots instead of a dictionary: one
object to build and free rather than two; its builder sets the two slots.

They are only for the model's plain record classes: no ``__post_init__`` (its checks
would be skipped) and, but for ``Span``, no ``__slots__``.  ``Span`` has a
``__post_init__`` check, so :func:`ordered_span` is only for offsets already known to be
in order.

>>> from graph.model import DepartmentRef, Span
>>> ref = record(DepartmentRef, {"name": "省应急厅", "mention": "应急厅", "span": ordered_span(3, 6),
...                              "department_id": None, "is_group": False})
>>> ref == DepartmentRef("省应急厅", "应急厅", Span(3, 6))
True
>>> replace_field(ref, "is_group", True).is_group, ref.is_group
(True, False)
"""
from __future__ import annotations

from dataclasses import fields, replace
from functools import lru_cache
from typing import Any, Callable, TypeVar

from graph.model import Span

T = TypeVar("T")

new = object.__new__


def dict_setter(cls: type) -> Callable[[Any, dict], None]:
    """The setter of the ``__dict__`` descriptor of ``cls``'s instances.

    ``setter(obj, fields)`` is ``object.__setattr__(obj, "__dict__", fields)`` without
    looking the descriptor up in the class each time (some 300 instructions fewer per object).

    >>> from graph.model import SectorTag
    >>> tag = new(SectorTag); dict_setter(SectorTag)(tag, {"sector_id": "mining", "reason": "text", "matched": "矿山"}); tag
    SectorTag(sector_id='mining', reason='text', matched='矿山')
    """
    for klass in cls.__mro__:
        descriptor = vars(klass).get("__dict__")
        if descriptor is not None:
            return descriptor.__set__
    raise TypeError(f"{cls.__name__} instances have no __dict__")


def builder(cls: type[T]) -> Callable[..., T]:
    """``build(*values)``: ``cls(*values)`` for a plain record class (or a ``Span`` of offsets
    in order), every field given by position, each stored in the instance's dictionary in
    the class's field order (or, for a class with slots, in its slot).

    >>> from graph.model import Deadline
    >>> build = builder(Deadline)
    >>> build("2025年底前", 2025, 12, ordered_span(0, 7)) == Deadline("2025年底前", 2025, 12, Span(0, 7))
    True
    >>> import sys
    >>> sys.getsizeof(build("", 2025, None, None).__dict__) < sys.getsizeof(dict(vars(build("", 2025, None, None))))
    True
    """
    names = [f.name for f in fields(cls)]
    namespace: dict[str, Any] = {"_new": new, "_cls": cls}
    if "__slots__" in vars(cls):  # (Span) each field through its slot's setter
        namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
        stores = "".join(f"    _set_{name}(_obj, {name})\n" for name in names)
        first = ""
    else:
        stores = "".join(f"    _values[{name!r}] = {name}\n" for name in names)
        first = "    _values = _obj.__dict__\n"
    source = (f"def build_{cls.__name__}({', '.join(names)}):\n"
              f"    _obj = _new(_cls)\n{first}{stores}    return _obj\n")
    exec(source, namespace)  # as dataclasses writes __init__: one store per field, no loop
    build = namespace[f"build_{cls.__name__}"]
    build.__module__ = __name__
    build.__doc__ = f"``{cls.__name__}(*values)`` built field by field (graph.records.builder)."
    return build


class _Builders(dict):
    """class → :func:`builder` of it, made on first use."""

    def __missing__(self, cls: type):
        build = self[cls] = builder(cls)
        return build


BUILDERS = _Builders()


class _DictSetters(dict):
    """class → :func:`dict_setter` of it, found on first use."""

    def __missing__(self, cls: type):
        setter = self[cls] = dict_setter(cls)
        return setter


DICT_SETTERS = _DictSetters()
_span = builder(Span)


def record(cls: type[T], fields: dict[str, Any]) -> T:
    """``cls(**fields)`` for a plain record class, ``fields`` holding every field in the
    class's order (stored one by one, as :func:`builder` does)."""
    obj = new(cls)
    values = obj.__dict__
    for name, value in fields.items():
        values[name] = value
    return obj


def ordered_span(start: int, end: int) -> Span:
    """``Span(start, end)`` of offsets known to be in order (``0 <= start <= end``), so
    that its check has nothing to reject.  (``BUILDERS[Span]`` is the same without this call.)

    >>> ordered_span(3, 6) == Span(3, 6), repr(ordered_span(3, 6))
    (True, 'Span(start=3, end=6)')
    """
    return _span(start, end)


def replace_fields(obj: T, **changes: Any) -> T:
    """``dataclasses.replace`` for the model's frozen dataclasses, without the keyword call.

    Classes with a ``__post_init__`` or ``__slots__`` go through ``dataclasses.replace``;
    the others get a copy of the instance dictionary with the changes applied.

    >>> from graph.model import DepartmentRef
    >>> replace_fields(DepartmentRef("省应急厅", "应急厅", Span(0, 3)), department_id="d")
    DepartmentRef(name='省应急厅', mention='应急厅', span=Span(start=0, end=3), department_id='d', is_group=False)
    """
    cls = type(obj)
    if not is_plain(cls):
        return replace(obj, **changes)
    fields = obj.__dict__.copy()
    for name in changes:
        if name not in fields:
            raise TypeError(f"{cls.__name__} has no field {name!r}")
    fields.update(changes)
    return record(cls, fields)


def replace_field(obj: T, name: str, value: Any) -> T:
    """``replace_fields(obj, name=value)`` without its keyword arguments and checks: only for
    a plain record class (Unit, Assignment, DepartmentRef, Plan).

    >>> from graph.model import DepartmentRef
    >>> replace_field(DepartmentRef("省应急厅", "应急厅", Span(0, 3)), "is_group", True).is_group
    True
    """
    fields = obj.__dict__.copy()
    fields[name] = value
    cls = type(obj)
    new_obj = new(cls)  # record(cls, fields), without the call: resolution's inner loop
    DICT_SETTERS[cls](new_obj, fields)
    return new_obj


@lru_cache(maxsize=64)
def is_plain(cls: type) -> bool:
    """Whether ``cls`` is a dataclass whose records can be built from their dictionary:
    no ``__post_init__``, no ``__slots__``, every field set by ``__init__``."""
    return hasattr(cls, "__dataclass_fields__") and not hasattr(cls, "__post_init__") \
        and not hasattr(cls, "__slots__") and all(f.init for f in cls.__dataclass_fields__.values())


__all__ = ["builder", "BUILDERS", "record", "ordered_span", "replace_fields", "replace_field", "dict_setter", "is_plain",
           "new"]
