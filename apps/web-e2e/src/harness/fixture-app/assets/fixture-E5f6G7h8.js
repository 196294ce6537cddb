// A small stand-in for the web app's sign-in page: lists the seed users, signs one in with a
// development token, and can follow a link off this machine (to test the request log).
const status = document.getElementById('status');
const list = document.getElementById('users');

async function signIn(user) {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: user.subject }),
  });
  const { token } = await response.json();
  sessionStorage.setItem('token', token);
  status.textContent = `已登录：${user.name}`;
}

const users = await (await fetch('/dev/seed-users')).json();
for (const user of users) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `${user.name}（${user.role}）`;
  button.addEventListener('click', () => void signIn(user));
  item.append(button);
  list.append(item);
}

// The content security policy stops an image or script from elsewhere before it is asked for; a
// link followed off the machine is what it cannot stop, and what the request log must catch.
document.getElementById('offsite').addEventListener('click', () => {
  location.href = 'http://cdn.example.com/';
});
