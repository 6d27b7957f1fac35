import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { BrandMark, PRODUCT_NAME } from './Brand.js';

/** The centred card of the login and first-password pages. */
export function AuthCard({ subtitle, children, testId }: { subtitle: string; children: ReactNode; testId?: string }) {
  return (
    <div
      data-testid={testId}
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: '32px 16px',
        boxSizing: 'border-box',
        background: 'linear-gradient(160deg, #e8f0fe 0%, #f5f7fa 45%, #eef3f9 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <div style={{ display: 'inline-block', marginBottom: 12 }}>
            <BrandMark size={48} />
          </div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {PRODUCT_NAME}
          </Typography.Title>
          <Typography.Text type="secondary">{subtitle}</Typography.Text>
        </div>
        <Card
          styles={{ body: { padding: '28px 28px 12px' } }}
          style={{ boxShadow: '0 6px 24px rgba(29, 95, 214, 0.08)' }}
        >
          {children}
        </Card>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24, fontSize: 12 }}>
          职业技能等级认定中心 · 仅限授权人员使用
        </Typography.Paragraph>
      </div>
    </div>
  );
}
