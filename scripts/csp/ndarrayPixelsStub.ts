/**
 * Stands in for `ndarray-pixels` in the browser build. glTF-Transform's texture functions (textureCompress,
 * palette, texture resampling) reach pixels through it, and its dependency `ndarray-ops` compiles code with
 * `new Function` as soon as it loads, which the app's CSP forbids. The app never calls those functions (its own
 * atlas and codecs do that work), so they fail with this explanation if anyone ever does.
 */
const unavailable = () => Promise.reject(new Error('ndarray-pixels is left out of the browser build: it needs eval, which the Content Security Policy forbids'));

export const getPixels = unavailable;
export const savePixels = unavailable;
