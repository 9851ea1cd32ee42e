"""The room: participants join from their phones and write, vote and take stances.

Qt-free, like `domain/`: the web server (`server`), who may enter (`tokens`), how much they
may send (`limits`), what an input becomes (`rules`), what each phone sees (`state`) and the
owner's side that applies inputs through the one door (`host`). Nothing here listens until
the facilitator opens the room. See docs/room.md for the protocol and the threat model.
"""
