import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd on the desk and the board in the app's red, with secondary text dark enough for 4.5 : 1
 * contrast on white (antd's default greys and blue fall short of it, which axe reports).
 */
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#8e1515',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextLabel: '#595959',
  },
};

export function DeskTheme({ children }: { children: ReactNode }) {
  // No space pushed between two Chinese characters ("报 到"): the button's name must read as its word.
  return (
    <ConfigProvider theme={THEME} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}
