"""Draw the default template's images: an original emblem and two placeholder signatures.

The PNGs in resources/templates/default/ were made by this module
(``python -m wego_awards.pdf.default_assets``); it is kept so they can be remade or restyled.
The emblem is not any real organisation's logo, and the signatures are random pen strokes,
not anyone's handwriting: a secretariat replaces them with its own files.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from ..resources import resources_root

NAVY = (31, 58, 95, 255)
TEAL = (32, 128, 141, 255)
GOLD = (184, 144, 42, 255)
INK = (27, 42, 85, 255)
SUPERSAMPLE = 4  # draw large, then shrink: PIL's shapes are not anti-aliased


def _emblem(size: int) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    centre = big / 2
    radius = big * 0.46
    line = max(2, big // 90)

    # The globe: outline, latitudes and meridians.
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius),
        outline=NAVY,
        width=line * 2,
    )
    for latitude in (-0.55, -0.2, 0.2):
        y = centre + latitude * radius
        half = math.sqrt(max(radius**2 - (y - centre) ** 2, 0))
        draw.line((centre - half, y, centre + half, y), fill=NAVY, width=line)
    for squash in (0.35, 0.7):
        draw.ellipse(
            (centre - radius * squash, centre - radius, centre + radius * squash, centre + radius),
            outline=NAVY,
            width=line,
        )
    draw.line((centre, centre - radius, centre, centre + radius), fill=NAVY, width=line)

    # A skyline rising out of the lower half, clipped to the globe.
    skyline = Image.new("L", (big, big), 0)
    sky = ImageDraw.Draw(skyline)
    base = centre + radius * 0.98
    towers = [
        (-0.86, -0.60, 0.18),
        (-0.62, -0.40, 0.44),
        (-0.40, -0.22, 0.30),
        (-0.22, -0.06, 0.62),
        (-0.06, 0.08, 0.80),
        (0.08, 0.26, 0.52),
        (0.26, 0.44, 0.36),
        (0.44, 0.62, 0.48),
        (0.62, 0.86, 0.22),
    ]
    for left, right, height in towers:
        sky.rectangle(
            (centre + left * radius, base - height * radius, centre + right * radius, base),
            fill=255,
        )
    # The tallest tower gets a spire.
    sky.polygon(
        [
            (centre - 0.06 * radius, base - 0.80 * radius),
            (centre + 0.01 * radius, base - 1.02 * radius),
            (centre + 0.08 * radius, base - 0.80 * radius),
        ],
        fill=255,
    )
    disc = Image.new("L", (big, big), 0)
    ImageDraw.Draw(disc).ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius), fill=255
    )
    mask = Image.composite(skyline, Image.new("L", (big, big), 0), disc)
    image.paste(Image.new("RGBA", (big, big), TEAL), (0, 0), mask)

    # Windows: thin white slits so the towers read as buildings, not bars.
    for left, right, height in towers:
        x0, x1 = centre + left * radius, centre + right * radius
        top = base - height * radius
        for row in range(int(height * 10) - 1):
            y = top + (row + 0.8) * radius * 0.09
            if y > base - radius * 0.08:
                break
            draw.line(
                (x0 + (x1 - x0) * 0.25, y, x1 - (x1 - x0) * 0.25, y),
                fill=(255, 255, 255, 200),
                width=line,
            )

    # A network arc over the city: three connected nodes in gold.
    nodes = [(-0.55, -0.35), (0.0, -0.62), (0.55, -0.35)]
    points = [(centre + x * radius, centre + y * radius) for x, y in nodes]
    draw.line(points, fill=GOLD, width=line * 2, joint="curve")
    dot = radius * 0.075
    for x, y in points:
        draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=GOLD)
    return image.resize((size, size), Image.Resampling.LANCZOS)


# Letter shapes as waypoints in x-heights (x to the right, y up from the baseline). Joined and
# smoothed they read as cursive script without spelling anything.
_LETTERS: dict[str, list[tuple[float, float]]] = {
    "hump": [(0.0, 0.0), (0.15, 0.9), (0.45, 1.0), (0.6, 0.1), (0.75, 0.0)],
    "loop": [(0.0, 0.0), (0.45, 1.6), (0.35, 2.1), (0.15, 1.7), (0.35, 0.1), (0.55, 0.0)],
    "round": [
        (0.0, 0.2),
        (0.55, 1.0),
        (0.2, 0.85),
        (0.15, 0.2),
        (0.55, 0.15),
        (0.6, 0.9),
        (0.75, 0.1),
    ],
    "eye": [(0.0, 0.1), (0.45, 0.6), (0.35, 0.95), (0.1, 0.55), (0.3, 0.0), (0.6, 0.05)],
    "tail": [
        (0.0, 0.3),
        (0.5, 1.0),
        (0.15, 0.8),
        (0.3, 0.3),
        (0.55, 0.9),
        (0.45, -0.9),
        (0.15, -1.1),
        (0.25, -0.4),
        (0.8, 0.2),
    ],
}
_CAPITALS: list[list[tuple[float, float]]] = [
    [
        (0.0, 0.2),
        (0.4, 2.6),
        (1.2, 2.7),
        (1.1, 1.8),
        (0.3, 1.5),
        (0.9, 1.2),
        (1.0, 0.2),
        (1.3, 0.3),
    ],
    [
        (0.3, 2.5),
        (0.1, 0.3),
        (0.5, -0.2),
        (1.0, 0.6),
        (1.1, 2.4),
        (0.7, 2.6),
        (0.9, 1.0),
        (1.4, 0.2),
    ],
]


def _smooth(points: list[tuple[float, float]], per_segment: int = 14) -> list[tuple[float, float]]:
    """Catmull-Rom spline through the waypoints, so strokes curve like ink."""
    padded = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for step in range(per_segment):
            t = step / per_segment
            out.append(
                tuple(
                    0.5
                    * (
                        2 * b
                        + (-a + c) * t
                        + (2 * a - 5 * b + 4 * c - d) * t * t
                        + (-a + 3 * b - 3 * c + d) * t**3
                    )
                    for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
                )
            )
    out.append(points[-1])
    return out  # type: ignore[return-value]


def _signature(seed: int, width: int = 900, height: int = 300) -> Image.Image:
    rng = random.Random(seed)
    big_w, big_h = width * SUPERSAMPLE, height * SUPERSAMPLE
    image = Image.new("RGBA", (big_w, big_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x_height = big_h * 0.16
    baseline = big_h * 0.6
    slant = 0.32
    nib = big_h * 0.016

    def stroke(points: list[tuple[float, float]], weight: float) -> None:
        # A broad nib held at an angle: thick on down-strokes, thin on hair-lines.
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            angle = math.atan2(y1 - y0, x1 - x0)
            w = weight * (0.45 + 0.75 * abs(math.sin(angle - math.radians(35))))
            draw.line((x0, y0, x1, y1), fill=INK, width=max(1, int(w)))
            r = w / 2
            draw.ellipse((x1 - r, y1 - r, x1 + r, y1 + r), fill=INK)

    def word(start_x: float, letters: int) -> float:
        shape = [(x, y) for x, y in rng.choice(_CAPITALS)]
        waypoints: list[tuple[float, float]] = []
        cursor = 0.0
        names = list(_LETTERS)
        for index in range(letters + 1):
            glyph = shape if index == 0 else _LETTERS[rng.choice(names)]
            stretch = rng.uniform(0.85, 1.25)
            for gx, gy in glyph:
                waypoints.append(
                    (
                        cursor + gx * stretch + rng.uniform(-0.05, 0.05),
                        gy * rng.uniform(0.9, 1.1) + rng.uniform(-0.05, 0.05),
                    )
                )
            cursor = waypoints[-1][0] + 0.05
        drift = rng.uniform(-0.06, 0.1)
        pixels = [
            (start_x + (x + y * slant) * x_height, baseline - (y + x * drift) * x_height)
            for x, y in waypoints
        ]
        stroke(_smooth(pixels), nib)
        return start_x + (cursor + 1.0) * x_height

    end = word(big_w * 0.05, rng.randint(1, 2))
    end = word(end + x_height * 0.2, rng.randint(4, 6))
    # The closing flourish: a long swash back under the name.
    y0 = baseline + x_height * 0.9
    swash = [
        (end - x_height * 0.3, baseline - x_height * 0.2),
        (end + x_height * 0.1, baseline + x_height * 0.6),
        (big_w * 0.55, y0 + x_height * 0.3),
        (big_w * 0.12, y0 + x_height * rng.uniform(0.0, 0.3)),
    ]
    stroke(_smooth(swash, 30), nib * 0.8)
    bbox = image.getbbox() or (0, 0, big_w, big_h)
    image = image.crop(
        (
            max(bbox[0] - 40, 0),
            max(bbox[1] - 40, 0),
            min(bbox[2] + 40, big_w),
            min(bbox[3] + 40, big_h),
        )
    )
    return image.resize(
        (image.width // SUPERSAMPLE, image.height // SUPERSAMPLE), Image.Resampling.LANCZOS
    )


def make_default_assets(folder: Path) -> list[Path]:
    """Write logo.png, signature-1.png and signature-2.png into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, image in (
        ("logo.png", _emblem(600)),
        ("signature-1.png", _signature(seed=7)),
        ("signature-2.png", _signature(seed=23)),
    ):
        path = folder / name
        image.save(path, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else (resources_root() / "templates" / "default")
    )
    for written_path in make_default_assets(target):
        print(written_path)
