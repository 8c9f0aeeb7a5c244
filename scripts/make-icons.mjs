// Draws the add-in's icons (a green rounded square with a white check mark) as real PNGs,
// with node's zlib only, so the ribbon and the add-in dialogs get crisp icons at each size
// Office asks for (16/32/80 on the ribbon, 32/64 in the add-in dialogs) and a larger logo.
// Run after changing the design:  node scripts/make-icons.mjs  (writes assets/*.png)
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const GREEN = [16, 124, 65]; // Excel's green, so the button reads as "belongs to Excel"
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4; // 4x4 samples per pixel: anti-aliased edges without a drawing library

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (size*size*4 bytes) as a PNG file. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Renders the icon at one pixel size; small sizes get a bolder stroke so the check stays legible. */
export function drawIcon(size) {
  const stroke = size <= 16 ? 0.17 : size <= 32 ? 0.14 : 0.12;
  const check = [[0.26, 0.52], [0.43, 0.69], [0.75, 0.33]];
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (x + (sx + 0.5) / SUPERSAMPLE) / size;
          const v = (y + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(u, v, 0.18)) continue;
          inside++;
          const d = Math.min(distanceToSegment(u, v, check[0], check[1]), distanceToSegment(u, v, check[1], check[2]));
          if (d <= stroke / 2) white++;
        }
      }
      const i = (y * size + x) * 4;
      const w = inside === 0 ? 0 : white / inside;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round((255 * inside) / SUPERSAMPLE ** 2);
    }
  }
  return encodePng(size, rgba);
}

const ICONS = { "icon-16.png": 16, "icon-32.png": 32, "icon-64.png": 64, "icon-80.png": 80, "logo-filled.png": 300 };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL("../assets/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const [name, size] of Object.entries(ICONS)) {
    writeFileSync(dir + name, drawIcon(size));
    console.log(`assets/${name}  ${size}x${size}`);
  }
}
