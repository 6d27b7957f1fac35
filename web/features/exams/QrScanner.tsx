import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from 'antd';
import jsQR from 'jsqr';

/**
 * The phone camera reading a ticket's QR code (jsQR on video frames). A page served over plain http on the LAN,
 * or a device without a camera, has no `getUserMedia`: the proctor then types the ticket number or uses a USB or
 * Bluetooth scanner, which types into the input like a keyboard.
 */
export function QrScanner(props: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onCode = useRef(props.onCode);
  onCode.current = props.onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const tick = () => {
      if (stopped) return;
      const v = video.current;
      const c = canvas.current;
      if (v && c && v.readyState >= v.HAVE_ENOUGH_DATA && v.videoWidth > 0) {
        c.width = v.videoWidth;
        c.height = v.videoHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        if (ctx) {
          ctx.drawImage(v, 0, 0, c.width, c.height);
          const image = ctx.getImageData(0, 0, c.width, c.height);
          const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          if (found?.data) {
            stopped = true;
            onCode.current(found.data);
            return;
          }
        }
      }
      frame = requestAnimationFrame(tick);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('此设备或此网址（非 https）不能使用摄像头，请用扫码枪扫描或手动输入准考证号。');
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        if (stopped) {
          s.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
        frame = requestAnimationFrame(tick);
      })
      .catch(() => setProblem('无法打开摄像头（未授权或没有摄像头），请用扫码枪扫描或手动输入准考证号。'));
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <div data-testid="qr-scanner">
      {problem ? (
        <Alert type="warning" showIcon message={problem} data-testid="qr-scanner-problem" />
      ) : (
        <video
          ref={video}
          muted
          playsInline
          style={{ width: '100%', maxHeight: 320, background: '#000', borderRadius: 8, objectFit: 'cover' }}
        />
      )}
      <canvas ref={canvas} style={{ display: 'none' }} />
      <Button block style={{ marginTop: 8 }} onClick={props.onClose}>
        关闭摄像头
      </Button>
    </div>
  );
}
