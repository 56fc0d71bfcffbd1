"""Draws Brewpit's icon and logo (a thermometer probe over a flame and a bubble) as PNGs.

Run once when the artwork changes: python3 scripts/assets/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
EMBER = (232, 93, 4, 255)
AMBER = (250, 163, 7, 255)
MALT = (55, 36, 24, 255)
FOAM = (255, 243, 214, 255)


def draw_mark(size: int) -> Image.Image:
    """Return the square mark: a rounded tile, a flame, and a probe with a bulb."""
    s = size / 128
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, size - 1, size - 1], radius=int(26 * s), fill=MALT)
    # Flame: two stacked teardrops.
    d.polygon([(64 * s, 18 * s), (96 * s, 74 * s), (32 * s, 74 * s)], fill=EMBER)
    d.ellipse([32 * s, 52 * s, 96 * s, 112 * s], fill=EMBER)
    d.polygon([(64 * s, 44 * s), (84 * s, 84 * s), (44 * s, 84 * s)], fill=AMBER)
    d.ellipse([44 * s, 66 * s, 84 * s, 106 * s], fill=AMBER)
    # Probe: a shaft with a bulb, the reading point.
    d.rounded_rectangle([59 * s, 30 * s, 69 * s, 88 * s], radius=int(5 * s), fill=FOAM)
    d.ellipse([52 * s, 80 * s, 76 * s, 104 * s], fill=FOAM)
    d.ellipse([57 * s, 85 * s, 71 * s, 99 * s], fill=EMBER)
    # A rising bubble for the brewers.
    d.ellipse([88 * s, 26 * s, 102 * s, 40 * s], outline=FOAM, width=max(1, int(3 * s)))
    return img


def draw_logo(height: int) -> Image.Image:
    """Return the mark with the word Brewpit beside it."""
    mark = draw_mark(height)
    width = int(height * 3.6)
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    img.paste(mark, (0, 0), mark)
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", int(height * 0.55))
    except OSError:
        font = ImageFont.load_default(int(height * 0.55))
    d.text(
        (int(height * 1.15), height // 2), "Brewpit", font=font, fill=EMBER, anchor="lm"
    )
    return img


def main() -> None:
    """Write every icon the add-on, the integration and HACS need."""
    draw_mark(128).save(ROOT / "addon" / "icon.png", optimize=True)
    draw_logo(250).save(ROOT / "addon" / "logo.png", optimize=True)
    brand = ROOT / "custom_components" / "brewpit" / "brand"
    brand.mkdir(parents=True, exist_ok=True)
    draw_mark(256).save(brand / "icon.png", optimize=True)
    draw_mark(512).save(brand / "icon@2x.png", optimize=True)
    draw_logo(128).save(brand / "logo.png", optimize=True)


if __name__ == "__main__":
    main()
