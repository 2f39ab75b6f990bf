"""The presenter view (View → Presenter view, Ctrl+F5): with two screens, a clean projector window on
one and the teacher's window with the presenter dock on the other; with one, the presentation layout."""
