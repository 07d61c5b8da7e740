/** Media sources made in the page for browser tests. */

/**
 * The 20 fps capture stream of a 320×240 canvas whose picture changes every 50 ms (hue and a
 * moving square), and a function that stops drawing.
 */
export function changingCanvas(): { stream: MediaStream; stop: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  let step = 0;
  const draw = () => {
    step++;
    context.fillStyle = `hsl(${(step * 7) % 360} 80% 50%)`;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = 'white';
    context.fillRect((step * 5) % canvas.width, 100, 40, 40);
  };
  draw();
  const timer = setInterval(draw, 50);
  return { stream: canvas.captureStream(20), stop: () => clearInterval(timer) };
}
