#!/bin/sh
# Makes the fonts in this folder that cover the scripts Ubuntu Light does
# not: Chinese, Japanese and Korean (Noto Sans CJK JP), Arabic (Noto Sans
# Arabic) and Hebrew (Noto Sans Hebrew), all Regular, the lightest weight
# Debian's packages carry. Each is a subset of the font Debian ships, cut
# to the characters people's and teams' names use, and split so that no
# file is over 2 MiB (the repository refuses larger files).
#
# The Arabic and the Hebrew font each get the Latin letters, digits and
# punctuation of Noto Sans Regular merged in: the exports' renderer (usvg)
# shapes a whole text with the first font that has all of it, and only
# patches glyph by glyph when the counts agree, which Arabic ligatures
# (lam-alef) break; so a name like "فريق IT" or "أنظمة المتاجر – الشرق
# الأوسط" must find every character in one font.
#
# Run it as root on Debian 12 (bookworm), from anywhere:
#
#     sh assets/fonts/subset.sh
#
# It downloads the two font packages of the versions below with apt-get,
# unpacks them in a temporary folder and writes the subsets beside this
# script. With the same packages and fonttools 4.38.0 (Debian's
# `fonttools`), the files come out the same bytes.
#
# What the CJK files hold:
# - every character of JIS X 0208 (Japanese: kana, the level 1 and level 2
#   kanji, its symbols) and of GB 2312 (simplified Chinese: the 6,763
#   hanzi), the CJK punctuation, hiragana, katakana and their extensions,
#   and the full- and half-width forms: in three files, split by code point;
# - all 11,172 Hangul syllables and the compatibility jamo (Korean): one
#   file.
set -eu

# fontTools dates the fonts it merges: the date of the packages, not today.
export SOURCE_DATE_EPOCH=1643241600

CJK_PACKAGE="fonts-noto-cjk=1:20220127+repack1-1"
CORE_PACKAGE="fonts-noto-core=20201225-1"

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v pyftsubset >/dev/null || apt-get install -y fonttools
cd "$work"
apt-get download "$CJK_PACKAGE" "$CORE_PACKAGE"
for deb in ./*.deb; do dpkg -x "$deb" root; done
cjk=root/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
noto=root/usr/share/fonts/truetype/noto

# The character lists, one file of U+XXXX,… per subset. Python's own codecs
# list the characters of the three national standards.
/usr/bin/python3 - <<'EOF'
def national(codec, first, last):
    """Every character a two-byte EUC code of these lead bytes decodes to."""
    found = set()
    for lead in range(first, last + 1):
        for trail in range(0xA1, 0xFF):
            try:
                found.update(map(ord, bytes([lead, trail]).decode(codec)))
            except UnicodeDecodeError:
                pass
    return found

def span(first, last):
    return set(range(first, last + 1))

def write(name, chars):
    with open(name, "w") as out:
        out.write(",".join("U+%04X" % c for c in sorted(chars)))

jis = national("euc_jp", 0xA1, 0xF4)
gb = national("gb2312", 0xA1, 0xF7)
east_asian = (
    span(0x3000, 0x303F)  # CJK symbols and punctuation
    | span(0x3040, 0x309F)  # hiragana
    | span(0x30A0, 0x30FF)  # katakana
    | span(0x31F0, 0x31FF)  # katakana extension
    | span(0xFF00, 0xFFEF)  # full- and half-width forms
    | {c for c in jis | gb if c >= 0x2E80}  # kanji and hanzi
)
ordered = sorted(east_asian)
third = (len(ordered) + 2) // 3
for part in range(3):
    write("cjk-%d.txt" % (part + 1), ordered[part * third:(part + 1) * third])
write("hangul.txt", span(0xAC00, 0xD7A3) | span(0x3130, 0x318F))
marks = span(0x200C, 0x200F) | {0x25CC}  # joiners, direction marks, dotted circle
write("arabic.txt", span(0x0600, 0x06FF) | span(0x0750, 0x077F) | span(0x0870, 0x08FF)
      | span(0xFB50, 0xFDFF) | span(0xFE70, 0xFEFF) | marks)
write("hebrew.txt", span(0x0590, 0x05FF) | span(0xFB1D, 0xFB4F) | marks)
write("latin.txt", span(0x0020, 0x007E) | span(0x00A0, 0x00FF) | span(0x2010, 0x2027)
      | span(0x2030, 0x205E) | {0x20AC, 0x2116, 0x2122})
EOF

subset() { # font, face number, characters, output
    pyftsubset "$1" --font-number="$2" --unicodes-file="$3" \
        --layout-features='*' --no-hinting --output-file="$4"
}
for part in 1 2 3; do
    subset "$cjk" 0 "cjk-$part.txt" "$here/NotoSansCJKjp-Regular-$part.otf"
done
subset "$cjk" 0 hangul.txt "$here/NotoSansCJKjp-Regular-Hangul.otf"
subset "$noto/NotoSans-Regular.ttf" 0 latin.txt latin.ttf
for script in Arabic Hebrew; do
    lower=$(echo "$script" | tr A-Z a-z)
    subset "$noto/NotoSans$script-Regular.ttf" 0 "$lower.txt" "$lower.ttf"
    pyftmerge "$lower.ttf" latin.ttf --output-file="$here/NotoSans$script-Regular.ttf"
done

# No file may be over 2 MiB.
for font in "$here"/*.otf "$here"/*.ttf; do
    size=$(wc -c <"$font")
    if [ "$size" -gt 2097152 ]; then
        echo "$font is $size bytes, over 2 MiB" >&2
        exit 1
    fi
done
ls -l "$here"
