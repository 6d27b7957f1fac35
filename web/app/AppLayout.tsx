import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown, Grid, Tag, Typography } from 'antd';
import { CloudSyncOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { menuPathOf, menuTreeFor } from '../../shared/access.js';
import { useSession } from './session.js';
import { useLogout } from './useLogout.js';
import { CHANGE_PASSWORD_PATH } from './guards.js';
import { menuIcon } from './menuIcons.js';
import { useIdleCheck } from './useIdleCheck.js';
import { BrandMark, PRODUCT_NAME } from '../components/Brand.js';

/** The shell of every page after login: ProLayout with the role's menu, the centre's name and the user menu. */
export function AppLayout() {
  const me = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const logout = useLogout();
  useIdleCheck(me.idleMinutes);
  // Controlled so that the phone's menu drawer closes once an entry is chosen.
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < 992);

  const route = useMemo(
    () => ({
      path: '/',
      routes: menuTreeFor(me.user.role).map((m) =>
        'children' in m
          ? {
              key: m.key,
              name: m.name,
              icon: menuIcon(m.key),
              children: m.children.map((c) => ({ path: c.path, name: c.name, icon: menuIcon(c.path) })),
            }
          : { path: m.path, name: m.name, icon: menuIcon(m.path) },
      ),
    }),
    [me.user.role],
  );

  // Until the first password is changed, the only page is that form, without the menu.
  if (me.user.mustChangePassword) return <Outlet />;

  const centre = me.centre;
  return (
    <ProLayout
      layout="mix"
      title={PRODUCT_NAME}
      logo={<BrandMark size={28} />}
      route={route}
      // The entry a page belongs to is highlighted (a batch's arrangement under 考场编排, a person under 人员信息).
      location={{ pathname: menuPathOf(location.pathname) }}
      fixSiderbar
      fixedHeader
      siderWidth={208}
      breakpoint="lg"
      token={{
        header: { colorBgHeader: '#fff' },
        pageContainer: {
          paddingBlockPageContainerContent: 16,
          paddingInlinePageContainerContent: screens.md ? 24 : 12,
        },
      }}
      collapsed={collapsed}
      onCollapse={setCollapsed}
      menuItemRender={(item, dom) =>
        item.path ? (
          <Link to={item.path} onClick={() => !screens.md && setCollapsed(true)}>
            {dom}
          </Link>
        ) : (
          dom
        )
      }
      onMenuHeaderClick={() => navigate('/')}
      // On a phone the menu is a drawer without the header, so it carries the product's name itself.
      menuExtraRender={
        screens.md
          ? undefined
          : () => (
              <div style={{ display: 'flex', alignItems: 'center', gap: 8, fontWeight: 600, padding: '4px 0 8px' }}>
                <BrandMark size={24} />
                {PRODUCT_NAME}
              </div>
            )
      }
      headerContentRender={() =>
        centre && (
          <div
            style={{ display: 'flex', alignItems: 'center', gap: 8, height: '100%', minWidth: 0 }}
            data-testid="centre-name"
          >
            {screens.md && (
              <>
                <span style={{ width: 1, height: 16, background: '#d9d9d9', flex: 'none' }} />
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                  {centre.name}
                </Typography.Text>
              </>
            )}
            {centre.isDemo && (
              <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="demo-tag">
                演示数据
              </Tag>
            )}
          </div>
        )
      }
      avatarProps={{
        size: 'small',
        style: { backgroundColor: '#1d5fd6' },
        icon: <UserOutlined />,
        title: screens.sm ? (
          <span data-testid="user-menu-name">
            {me.user.displayName}
            {screens.md && <Typography.Text type="secondary"> · {me.user.roleName}</Typography.Text>}
          </span>
        ) : undefined,
        render: (_props, dom) => (
          <Dropdown
            trigger={['click', 'hover']}
            menu={{
              items: [
                {
                  key: 'role',
                  label: `${me.user.roleName}${me.user.collegeName ? ' · ' + me.user.collegeName : ''}`,
                  disabled: true,
                },
                { type: 'divider' },
                { key: 'jobs', icon: <CloudSyncOutlined />, label: <Link to="/jobs">我的后台任务</Link> },
                { key: 'password', icon: <KeyOutlined />, label: <Link to={CHANGE_PASSWORD_PATH}>修改密码</Link> },
                {
                  key: 'logout',
                  icon: <LogoutOutlined />,
                  label: '退出登录',
                  danger: true,
                  onClick: () => void logout(),
                },
              ],
            }}
          >
            <span data-testid="user-menu" style={{ cursor: 'pointer' }}>
              {dom}
            </span>
          </Dropdown>
        ),
      }}
    >
      <Outlet />
    </ProLayout>
  );
}
