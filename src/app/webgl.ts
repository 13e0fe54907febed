export interface WebGLSupport {
  /** The browser can create a WebGL 2 context (three.js needs it). */
  available: boolean;
  /**
   * The context is rendered on the CPU (SwiftShader, llvmpipe): every pixel is expensive there, so the stage
   * trades multisampling and pixel density for responsiveness.
   */
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|software|softpipe/i;

export function probeWebGL(): WebGLSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: SOFTWARE_RENDERERS.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}
