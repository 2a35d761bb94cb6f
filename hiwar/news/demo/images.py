"""Demo pictures drawn on the spot (no downloads): an eight-pointed-star
pattern, as in Islamic geometric ornament, over a two-colour gradient."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = {
    "teal": ((12, 74, 82), (70, 160, 150), (230, 214, 170)),
    "sand": ((120, 84, 44), (214, 176, 116), (250, 240, 214)),
    "crimson": ((92, 18, 30), (184, 56, 60), (246, 210, 170)),
    "navy": ((14, 32, 66), (52, 92, 150), (220, 200, 140)),
    "olive": ((52, 66, 30), (126, 142, 70), (238, 232, 190)),
    "plum": ((58, 26, 66), (128, 72, 128), (236, 208, 216)),
}


def _gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return image


def _star(draw, cx, cy, radius, colour, width):
    """Two overlapping squares, one turned by 45°: the khatam (۞) star."""
    for turn in (0, math.pi / 4):
        points = [
            (cx + radius * math.cos(turn + k * math.pi / 2), cy + radius * math.sin(turn + k * math.pi / 2))
            for k in range(4)
        ]
        draw.polygon(points, outline=colour, width=width)


def demo_picture(seed: int, palette: str = "teal", size=(1600, 900)) -> bytes:
    """A JPEG, the same bytes for the same seed and palette."""
    rng = random.Random(seed)
    dark, mid, light = PALETTES.get(palette, PALETTES["teal"])
    image = _gradient(size, dark, mid)
    draw = ImageDraw.Draw(image, "RGBA")
    step = rng.choice([150, 180, 220])
    for row, y in enumerate(range(-step, size[1] + step, step)):
        offset = step // 2 if row % 2 else 0
        for x in range(-step + offset, size[0] + step, step):
            _star(draw, x, y, step * 0.42, (*light, 70), 3)
    for _ in range(3):
        r = rng.randint(120, 320)
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(*light, 40))
    _star(draw, size[0] * rng.uniform(0.3, 0.7), size[1] * 0.5, size[1] * 0.3, (*light, 200), 8)
    image = image.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()
