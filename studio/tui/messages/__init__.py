"""Textual messages of the screens, one module per screen family (reusable widgets keep their own).

Every message is a dataclass that a worker posts to its screen. Each family sets a Textual `namespace`, so a
message `TakeSaved` of the record family is handled by `on_record_take_saved`, whichever module defines it.
"""
