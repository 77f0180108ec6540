"""What every course widget shares: a stable text summary, a static copy, no tracebacks.

Measured with ipywidgets 8.1 and nbval 0.11 (DESIGN.md): nbval compares a widget's
text/plain repr and ignores its model id, while anything drawn into an `Output` widget
reaches nbval as a plain output of the cell. So the widgets draw into `Image` and `HTML`
widgets only, and their repr is a summary that states the numbers they teach.
"""

import html

import ipywidgets as widgets

from ..i18n import tr

ERROR = "#b00020"
# Marks the static copy's output in the notebook file, so a tool counting figures can tell it
# from a figure (in a live front-end the copy is blanked, see show_with_static_copy).
STATIC_COPY = "static_copy_of_widget"


class CourseWidget(widgets.VBox):
    """A VBox whose repr is `summary()`, the text nbval compares and a reader without a kernel sees."""

    def summary(self):
        raise NotImplementedError

    def __repr__(self):
        return self.summary()

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs)
        # ipywidgets cuts the text at 110 characters; the summary's numbers must all be compared.
        data["text/plain"] = repr(self)
        return data

    def run_safely(self, update, message_widget):
        """Call `update()`; an unexpected error is shown in `message_widget`, never lost.

        ipywidgets sends exceptions raised in callbacks to the browser's log, where a
        learner would never see them, so the panel says what happened instead.
        """
        try:
            update()
        except Exception as err:  # the last resort: show it rather than lose it
            message_widget.value = message(
                tr("Something unexpected went wrong ({kind}: {text}). Please report it.").format(
                    kind=type(err).__name__, text=err
                ),
                error=True,
            )


def picture_widget():
    """An Image widget for raster.encode's JPEG, at its natural size (a VBox would stretch it, blurred)."""
    return widgets.Image(format="jpeg", layout=widgets.Layout(align_self="flex-start", max_width="100%"))


def message(text, error=False):
    """HTML for a message line: red for a problem, plain otherwise."""
    colour = ERROR if error else "inherit"
    return f'<div style="color:{colour}">{html.escape(text)}</div>'


def show_with_static_copy(widget, image_bytes, image_format="jpeg"):
    """Display a static copy of the widget's picture, to be followed by the widget.

    The copy is what nbval, the HTML pages and a reader without a kernel see. In a live
    front-end the copy would repeat what the widget shows, so it is blanked as soon as a
    view of the widget is rendered (ipywidgets counts views once _view_count is 0).
    """
    from IPython import get_ipython
    from IPython.display import HTML, Image, display

    if get_ipython() is None:
        return widget
    copy = Image(data=image_bytes, format=image_format)
    handle = display(copy, display_id=True, metadata={STATIC_COPY: True})
    widget._view_count = 0

    def hide(change):
        if change["new"]:
            handle.update(HTML(""))
            widget.unobserve(hide, "_view_count")

    widget.observe(hide, "_view_count")
    return widget
