import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import { SAMPLE_PASSWORD } from './accounts';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

/** 角色: the role names as people in the district say them, with the English beside. */
const ROLE_NAMES: Record<string, string> = {
  ENTERPRISE: '企业联络员 Enterprise',
  GRID_WORKER: '网格员 Grid worker',
  DEPARTMENT_STAFF: '部门办件员 Department staff',
  VOLUNTEER_LEAD: '志愿服务队队长 Volunteer lead',
  VOLUNTEER: '志愿者 Volunteer',
  SUPERVISOR: '监督员 Supervisor',
  DEPUTY: '两代表一委员 Deputy',
  STREET_COLLECTOR: '街道社区收集员 Street collector',
  HOTLINE_OPERATOR: '热线接线员 Hotline operator',
  EXPERIENCE_OFFICER: '营商环境体验官 Experience officer',
  ADVISER: '顾问团成员 Adviser',
  DISCIPLINE_OFFICER: '纪检专员 Discipline officer',
  LEADER: '区领导 Leader',
  COMMUNITY_STAFF: '社区工作人员 Community staff',
  RESIDENT: '社区居民 Resident',
  ADMIN: '平台管理员 Administrator',
};

const STYLE = `
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1f1f1f; background: #fff; line-height: 1.5; font-size: 1rem; }
  main { max-width: 32rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { display: block; box-sizing: border-box; width: 100%; min-height: 44px; margin-top: 0.25rem; padding: 0.5rem; font-size: 1rem; border: 1px solid #595959; border-radius: 4px; color: #1f1f1f; }
  input:focus, button:focus { outline: 3px solid #0958d9; outline-offset: 2px; }
  button { margin-top: 1.5rem; min-height: 44px; min-width: 44px; width: 100%; font-size: 1rem; font-weight: 600; color: #fff; background: #0958d9; border: 0; border-radius: 4px; cursor: pointer; }
  .hint { color: #434343; font-size: 0.9rem; margin: 0.25rem 0 0; }
  .sample { border: 2px solid #ad6800; color: #5c3c00; background: #fffbe6; padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0 0 1rem; }
  [role="alert"] { border: 2px solid #a8071a; color: #820014; background: #fff1f0; padding: 0.5rem 0.75rem; border-radius: 4px; }
  table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; font-size: 0.9rem; }
  th, td { text-align: left; border-bottom: 1px solid #d9d9d9; padding: 0.4rem 0.25rem; }
  code { font-size: 0.95rem; }
`;

/**
 * The local provider's sign-in page: server-rendered, no script, zh-CN with the English beside each
 * label. A person types (or picks from the list) a seed user's login and the sample password.
 */
export function loginPage(options: {
  action: string;
  clientName: string;
  login?: string;
  failed?: boolean;
}): string {
  const withLogin = seedUsers.filter(
    (user): user is typeof user & { login: string } => user.login !== undefined,
  );
  const rows = withLogin
    .map(
      (user) =>
        `<tr><td><code>${escape(user.login)}</code></td><td>${escape(ROLE_NAMES[user.role] ?? user.role)}</td><td>${escape(user.name)}</td></tr>`,
    )
    .join('\n');
  const options_ = withLogin
    .map((user) => `<option value="${escape(user.login)}">${escape(user.name)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>登录 · Sign in — 二七区网格治理 (本地开发身份提供方 Local development provider)</title>
  <style>${STYLE}</style>
</head>
<body>
<main>
  <h1>登录 <span lang="en">Sign in</span></h1>
  <p class="sample"><strong>仅供开发测试</strong>：本地身份提供方，只有示例用户，示例密码 <code>${escape(SAMPLE_PASSWORD)}</code>。<br />
    <span lang="en"><strong>Development only</strong>: a local provider with sample users; sample password <code>${escape(SAMPLE_PASSWORD)}</code>.</span></p>
  <p>${escape(options.clientName)} 请求登录。<span lang="en">${escape(options.clientName)} asks you to sign in.</span></p>
  ${options.failed ? '<p role="alert" id="sign-in-error">账号或密码不正确。<span lang="en">Wrong login or password.</span></p>' : ''}
  <form method="post" action="${escape(options.action)}">
    <label for="login">账号 <span lang="en">Login</span></label>
    <input id="login" name="login" list="seed-logins" autocomplete="username" autocapitalize="none" required value="${escape(options.login ?? '')}" aria-describedby="login-hint" />
    <p class="hint" id="login-hint">从下表选择一个示例用户。<span lang="en">Pick a sample user from the table below.</span></p>
    <datalist id="seed-logins">${options_}</datalist>
    <label for="password">密码 <span lang="en">Password</span></label>
    <input id="password" name="password" type="password" autocomplete="current-password" required />
    <button type="submit" id="sign-in">登录 <span lang="en">Sign in</span></button>
  </form>
  <h2 style="font-size:1.1rem;margin-top:2rem">示例用户 <span lang="en">Sample users</span></h2>
  <table>
    <thead><tr><th scope="col">账号 <span lang="en">Login</span></th><th scope="col">角色 <span lang="en">Role</span></th><th scope="col">姓名 <span lang="en">Name</span></th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</main>
</body>
</html>`;
}

/** An error page in the same style (an expired sign-in, a bad request). */
export function errorPage(title: string, detail: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(title)}</h1><p role="alert">${escape(detail)}</p></main></body>
</html>`;
}
