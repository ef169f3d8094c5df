/**
 * A photo from the tablet's camera or files, made small enough to keep on the device: scaled so its
 * longer side is at most 256 px and stored as a JPEG data URL (white behind any transparency).
 */

export const PHOTO_SIZE = 256;

/**
 * @param {Blob} file an image the teacher chose (or a large picture from an imported board)
 * @param {{size?: number, quality?: number, type?: 'image/jpeg'|'image/png'}} [options]
 *   type image/png keeps transparency (a symbol from a board file)
 * @returns {Promise<string>} a data:image/jpeg (or png) URL
 */
export async function photoToDataUrl(file, { size = PHOTO_SIZE, quality = 0.85, type = 'image/jpeg' } = {}) {
  if (!file || !/^image\//.test(file.type || 'image/')) throw new Error('not an image');
  const bitmap = await decode(file);
  const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (type === 'image/jpeg') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  if ('close' in bitmap) bitmap.close();
  return canvas.toDataURL(type, quality);
}

async function decode(file) {
  if (typeof createImageBitmap === 'function') {
    try {
      // from-image: a phone photo taken sideways is turned the way it was held.
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      // Fall back to an <img>, which some browsers decode more formats with.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}
