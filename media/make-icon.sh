#!/bin/sh
# Regenerates media/icon.png (needs ImageMagick: apt-get install imagemagick).
cd "$(dirname "$0")" && convert -size 256x256 xc:none -fill '#1d3557' -draw 'roundrectangle 8,8 248,248 40,40' \
  -font DejaVu-Sans-Bold -pointsize 150 -fill white -gravity center -annotate +-62+-8 '[' -annotate +62+-8 ']' \
  -fill '#ffb703' -annotate +0+-8 '?' \
  -font DejaVu-Sans -pointsize 24 -fill '#a8dadc' -annotate +0+98 'citation needed' \
  -strip icon.png
