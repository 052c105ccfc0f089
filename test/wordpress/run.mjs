// `npm run test:wordpress`: the plugin zip on a real WordPress (Debian's 6.1 and PHP), end to end.
// Uploads and activates dist/acupt-widget-wordpress.zip and fills its settings page in the browser,
// saves posts as an Author (kses on) through the REST API and the classic editor's Visual tab,
// uses the blocks in the block editor, then checks as a visitor what each page shows, in a block
// theme and in a classic one. Fails on any PHP warning or notice, and on any console message.
// `-- --screenshots` also writes the README's screenshots to integrations/wordpress/assets/.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/engines.mjs';
import { ZIP } from '../../scripts/wordpress-zip.mjs';
import { startSite } from './site.mjs';

const started = Date.now();
const SCREENSHOTS = process.argv.includes('--screenshots') && new URL('../../integrations/wordpress/assets/', import.meta.url);
const CORE = readFileSync(new URL('../../dist/acupt-widget.js', import.meta.url));
const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const INTEGRITY = sri(CORE);

/** What the settings page is given, by attribute name; as the option and the script's data- must hold it. */
const SETTINGS = {
  'clinic-name': 'Harbor Back & Wellness',
  'booking-url': 'https://booking.example.com/harbor',
  'pt-url': 'https://booking.example.com/harbor/pt',
  phone: '+1 555 010 2000',
  email: 'desk@harbor.example',
  'emergency-number': '112',
  accent: '#7a3e9d',
  analytics: 'datalayer',
};
const PLUGIN = 'acupt-widget/acupt-widget.php';

const step = (name) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${name}`);

/** A block as the editor saves it: attributes as JSON with `<`, `>`, `&`, `"` and `--` escaped. */
const block = (name, attributes) =>
  `<!-- wp:${name} ${JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022')} /-->`;

const COST = { key: 'cost', label: 'Cost per visit', acupuncture: '$85', pt: '$110', both: '$170' };

/** The Author's post: a pasted element (kses removes it), then shortcodes with attributes both ways, a refused URL, JSON over several lines. */
const SHORTCODES = `<acupt-book phone="+1 555 010 4000"></acupt-book>

[acupt_compare rows="pain cost evidence" highlight="both" columns="acupuncture pt both"]
{
  "heading": "How we treat back pain",

  "rows": [
    ${JSON.stringify({ ...COST, info: 'Self-pay prices & plans.' })}
  ],
  "es": { "heading": "Cómo tratamos el dolor de espalda" }
}
[/acupt_compare]

[acupt_quiz clinic_name="Harbor Quiz Desk" emergency-number="999"]

[acupt_book service="acupuncture" label="Book acupuncture" booking_url="javascript:alert(1)" variant="outline"]`;

/** The Author's post of blocks, as the block editor would save it. */
const BLOCKS = [
  block('acupt/compare', { highlight: 'pt', rows: 'pain cost', overrides: JSON.stringify({ heading: 'Blocks & more', rows: [{ ...COST, info: 'Self-pay & insured.' }] }) }),
  block('acupt/quiz', { heading: 'Where to start' }),
  block('acupt/book', { service: 'both', label: 'Book both', size: 'lg', bookingUrl: 'https://booking.example.com/both?a=1&b=2' }),
].join('\n\n');

/** Typed into the classic editor's Visual tab, one paragraph a line. */
const CLASSIC = [
  '[acupt_compare rows="pain cost" highlight="pt"]',
  '{',
  '"heading": "Classic & kind",',
  `"rows": [ ${JSON.stringify(COST)} ]`,
  '}',
  '[/acupt_compare]',
  '[acupt_book label="Call the desk" phone="(555) 010-3000" booking_url="" email=""]',
];

/** An administrator's post (no kses) trying to break out of every attribute and of the JSON. */
const HOSTILE = `[acupt_book label='x" onmouseover="window.pwned=1' phone='555 010 2000" autofocus onfocus="window.pwned=2' booking_url="javascript:window.pwned=3"]

[acupt_compare heading="&lt;img src=x onerror=window.pwned=4&gt;" rows="pain"]{"rows":[{"key":"pain","label":"</script><script>window.pwned=5</script>"}]}[/acupt_compare]`;

async function run() {
  site.php(`wp_install( 'Harbor Back & Wellness', 'admin', 'admin@example.test', true, '', 'admin-pass' ); return true;`, { installing: true });
  // No Gravatar requests from the admin pages.
  const [adminKey, authorKey] = site.php(`
    update_option( 'show_avatars', 0 );
    $author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-pass', 'user_email' => 'author@example.test', 'role' => 'author' ) );
    return array_map( fn( $id ) => WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test' ) )[0], array( 1, $author ) );`);
  const [version, theme, unfiltered] = site.php(`return array( get_bloginfo( 'version' ), wp_get_theme()->get_stylesheet(), user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) );`);
  assert.deepEqual([theme, unfiltered], ['twentytwentythree', false]);
  step(`WordPress ${version}, PHP ${execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' })}, at ${site.url}`);

  browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    // Nothing but this site resolves: no request leaves the machine.
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    defaultViewport: { width: 1280, height: 900 },
    // Ours stop the site too (puppeteer's would exit first).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });

  const admin = await logIn('admin', 'admin-pass');
  await installPlugin(admin);
  for (const file of execFileSync('find', [`${site.content}/plugins/acupt-widget`, '-name', '*.php'], { encoding: 'utf8' }).trim().split('\n')) {
    execFileSync('php', ['-l', file], { stdio: 'pipe' });
  }
  step('php -l: every PHP file of the installed plugin');
  const addOn = languageAddOn();
  await fillSettings(admin);
  await useBlockEditor(admin);

  const rest = (key, user) => async (type, title, content) => {
    const response = await fetch(`${site.url}/?rest_route=/wp/v2/${type}`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title, content, status: 'publish' }),
    });
    const body = await response.json();
    assert.equal(response.status, 201, `REST ${type} as ${user}: ${JSON.stringify(body)}`);
    return body.link;
  };
  const asAuthor = rest(authorKey, 'author');
  const asAdmin = rest(adminKey, 'admin');
  const pages = {
    shortcodes: await asAuthor('posts', 'Shortcodes', SHORTCODES),
    blocks: await asAuthor('posts', 'Blocks', BLOCKS),
    hostile: await asAdmin('posts', 'Hostile', HOSTILE),
    plain: await asAdmin('pages', 'Opening hours', '<p>Monday to Friday, 8 to 6.</p>'),
    language: await asAdmin('posts', 'Language', `[acupt_book lang="${addOn.lang}" label="A"][acupt_book lang="${addOn.lang}-CA" label="B"][acupt_book label="C"]`),
  };
  step('posts saved through REST as the Author, and as the admin');

  const author = await logIn('author', 'author-pass');
  pages.classic = await classicEditor(author);
  const denied = await author.browserContext().newPage();
  await author.close({ runBeforeUnload: false });
  await denied.goto(`${site.url}/wp-admin/options-general.php?page=acupt-widget`);
  assert.match(await text(denied), /not allowed to access this page/);
  step('the settings page refuses the Author (manage_options)');

  await visitorChecks(pages, addOn);
  site.php(`switch_theme( 'twentytwentyone' ); return true;`);
  await classicThemeChecks(pages);

  assert.deepEqual(
    site.php(`deactivate_plugins( '${PLUGIN}' ); $deleted = delete_plugins( array( '${PLUGIN}' ) ); return array( $deleted, get_option( 'acupt_widget', 'gone' ), file_exists( WP_PLUGIN_DIR . '/acupt-widget' ) );`),
    [true, 'gone', false],
  );
  step('deleting the plugin removes its option');
}

/**
 * The language of an add-on script in the installed plugin: the first the build shipped, else a
 * stand-in added here with its hash, as the build would, so the plugin's loading of add-ons is
 * tested before the add-ons exist.
 */
function languageAddOn() {
  const [shipped] = site.php(`return acupt_widget_addons();`);
  if (shipped) return { lang: shipped, standIn: false };
  const plugin = `${site.content}/plugins/acupt-widget`;
  const code = '/* stand-in for a language add-on */\n';
  writeFileSync(`${plugin}/js/acupt-widget.fr.js`, code);
  const hashes = readFileSync(`${plugin}/integrity.php`, 'utf8').replace(/\);\n$/, `\t'acupt-widget.fr.js' => '${sri(code)}',\n);\n`);
  writeFileSync(`${plugin}/integrity.php`, hashes);
  return { lang: 'fr', standIn: true };
}

async function logIn(user, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // "Leave the editor?" prompts.
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${site.url}/wp-login.php`);
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  return page;
}

const text = (page) => page.$eval('body', (body) => body.innerText);

async function installPlugin(admin) {
  await admin.goto(`${site.url}/wp-admin/plugin-install.php`);
  await admin.click('.upload-view-toggle');
  await (await admin.waitForSelector('#pluginzip', { visible: true })).uploadFile(fileURLToPath(ZIP));
  await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
  assert.match(await text(admin), /Plugin installed successfully/);
  await Promise.all([admin.waitForNavigation(), admin.click('a[href*="action=activate"]')]);
  assert.match(await text(admin), /Plugin activated/);
  step('zip uploaded through Plugins → Add New → Upload, and activated');
}

async function fillSettings(admin) {
  const page = `${site.url}/wp-admin/options-general.php?page=acupt-widget`;
  const save = () => Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  const fill = async (name, value) => {
    const field = `#acupt-widget-${name}`;
    if ((await admin.$eval(field, (el) => el.localName)) === 'select') await admin.select(field, value);
    else {
      await admin.$eval(field, (el) => (el.value = ''));
      await admin.type(field, value);
    }
  };
  await admin.goto(page);
  for (const [name, value] of Object.entries(SETTINGS)) await fill(name, name === 'pt-url' ? 'javascript:alert(1)' : value);
  await save();
  assert.match(await admin.$eval('#setting-error-acupt-widget-pt-url', (el) => el.textContent), /Physical therapy booking page: “javascript:alert\(1\)” was not saved/);
  assert.equal(await admin.$eval('#acupt-widget-pt-url', (el) => el.value), '');
  await fill('pt-url', SETTINGS['pt-url']);
  await save();
  assert.match(await text(admin), /Settings saved/);
  assert.deepEqual(site.php(`return get_option( 'acupt_widget' );`), SETTINGS);
  if (SCREENSHOTS) await admin.screenshot({ path: fileURLToPath(new URL('screenshot-2.png', SCREENSHOTS)), fullPage: true });
  step('settings page: a javascript: URL refused with a notice, the rest saved in the acupt_widget option');
}

/** The three blocks in the block editor: registered, insertable, their sidebar settings, a live preview. */
async function useBlockEditor(admin) {
  const problems = watch(admin, /acupt/);
  await admin.goto(`${site.url}/wp-admin/post-new.php`);
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('acupt/book') && document.querySelector('.editor-styles-wrapper'));
  await admin.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  await admin.type('.editor-post-title__input', 'Acupuncture or physical therapy?');
  const titles = {
    'acupt/book': 'Acupuncture or PT: book button',
    'acupt/quiz': 'Acupuncture or PT: quiz',
    'acupt/compare': 'Acupuncture or PT: comparison',
  };
  for (const [name, title] of Object.entries(titles)) {
    assert.deepEqual(await admin.evaluate((n) => [wp.blocks.getBlockType(n).title, wp.data.select('core/block-editor').canInsertBlockType(n)], name), [title, true]);
    await admin.click('button[aria-label="Toggle block inserter"]');
    await admin.type('.block-editor-inserter__search input', 'acupuncture');
    const option = await admin.waitForSelector(`.block-editor-block-types-list__item ::-p-text(${title})`);
    // The inserter's preview is a frame of its own: the element renders there too.
    await option.hover();
    await admin.waitForFunction((tag) => [...document.querySelectorAll('iframe')].some((frame) => frame.contentDocument?.querySelector(tag)?.shadowRoot?.childElementCount), {}, name.replace('/', '-'));
    await option.click();
    await admin.waitForFunction((n) => wp.data.select('core/block-editor').getSelectedBlock()?.name === n, {}, name);
    if (await admin.$('.edit-post-editor__inserter-panel')) await admin.click('button[aria-label="Toggle block inserter"]');
  }
  // The compare block, inserted last, is selected: its sidebar (the inserter closed it).
  if (!(await admin.evaluate(() => wp.data.select('core/edit-post').isEditorSidebarOpened()))) await admin.click('button[aria-label="Settings"]');
  await admin.waitForSelector('.block-editor-block-inspector label');
  const labels = await admin.$$eval('.block-editor-block-inspector label', (all) => all.map((label) => label.textContent));
  for (const label of ['Heading', 'Columns, in order', 'Rows, in order (add your own in “Your own words”)', 'Highlight', 'Show the disclaimer and sources', 'Language', 'Theme', 'Accent colour (#0b6e63, teal…)']) {
    assert.ok(labels.includes(label), `sidebar setting "${label}" (found ${labels.join(' | ')})`);
  }
  const highlight = await admin.$eval('.block-editor-block-inspector', (inspector) => [...inspector.querySelectorAll('label')].find((l) => l.textContent === 'Highlight').htmlFor);
  await admin.select(`#${highlight}`, 'both');
  // The preview is the element itself, with the settings of the block and of the site.
  await admin.waitForFunction(() => {
    const [compare, quiz, book] = ['acupt-compare', 'acupt-quiz', 'acupt-book'].map((tag) => document.querySelector(`.editor-styles-wrapper ${tag}`)?.shadowRoot);
    return (
      compare?.querySelector('[part~="column-header"][part~="highlighted"]')?.textContent.includes('Both') &&
      quiz?.querySelector('.eyebrow')?.textContent === 'Harbor Back & Wellness' &&
      book?.querySelector('[part="button"]')
    );
  });
  if (SCREENSHOTS) {
    // Wide, as a table shows best; the sidebar shows the block's settings.
    await admin.setViewport({ width: 1440, height: 1000 });
    await admin.evaluate(() => {
      const { getSelectedBlockClientId } = wp.data.select('core/block-editor');
      wp.data.dispatch('core/block-editor').updateBlockAttributes(getSelectedBlockClientId(), { align: 'wide' });
    });
    await admin.waitForFunction(() => document.querySelector('.editor-styles-wrapper acupt-compare').shadowRoot.querySelector('table').offsetWidth > 720);
    // "Typing" hides the block toolbar, which would cover the heading.
    await admin.evaluate(() => {
      document.querySelector('.editor-styles-wrapper acupt-compare').scrollIntoView();
      document.querySelector('.interface-interface-skeleton__content').scrollBy(0, -40);
      wp.data.dispatch('core/block-editor').startTyping();
    });
    await admin.screenshot({ path: fileURLToPath(new URL('screenshot-1.png', SCREENSHOTS)) });
  }
  assert.deepEqual(problems, [], 'console messages from the widget in the editor');
  await admin.close({ runBeforeUnload: false });
  step('block editor: three blocks registered, previewed in the inserter and inserted, sidebar settings, live preview follows them');
}

async function classicEditor(author) {
  await author.goto(`${site.url}/wp-admin/post-new.php?classic`);
  // Once (of four CI runs) the title field was not there when the page had loaded: wait for it, and
  // say which page came if it never does.
  await author.waitForSelector('#title').catch(async (error) => {
    throw new Error(`the classic editor did not open: ${author.url()} "${await author.title()}"`, { cause: error });
  });
  await author.type('#title', 'Classic');
  await author.click('#content-tmce');
  const editor = await (await author.waitForSelector('#content_ifr')).contentFrame();
  await editor.waitForSelector('body#tinymce');
  await editor.click('body');
  for (const line of CLASSIC) {
    await author.keyboard.type(line);
    await author.keyboard.press('Enter');
  }
  // Publishing rewrites the address first (history API), then posts and lands on post.php?post=ID.
  const [edit] = await Promise.all([author.waitForResponse((r) => /\/post\.php\?post=\d+/.test(r.url())), author.click('#publish')]);
  const id = new URL(edit.url()).searchParams.get('post');
  step('post typed by the Author into the classic editor’s Visual tab');
  return site.php(`return get_permalink( ${Number(id)} );`);
}

/**
 * Collects console messages, failed requests and errors of a page; in the editor only those that
 * match `only`, and no request aborted (the inserter's previews are frames that come and go).
 */
function watch(page, only) {
  const problems = [];
  const add = (message) => (!only || only.test(message)) && problems.push(message);
  page.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && add(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => add(`error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText;
    if (!only || why !== 'net::ERR_ABORTED') add(`request failed (${why}): ${request.url()}`);
  });
  return problems;
}

/** Opens a page as a visitor; waits for every element to have rendered. */
async function visit(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll('acupt-compare, acupt-quiz, acupt-book')].every((el) => el.shadowRoot?.childElementCount));
  return { page, problems, close: () => context.close() };
}

/** How the widget is on the page: its script tags, stylesheet, elements and what is inside them. */
const loaded = (page) =>
  page.evaluate(() => {
    const scripts = [...document.querySelectorAll('script[src*="/js/acupt-widget"]')];
    const core = scripts.find((s) => s.src.includes('/js/acupt-widget.js'));
    return {
      scripts: scripts.length,
      inHead: scripts.some((s) => document.head.contains(s)),
      integrity: core?.integrity,
      crossOrigin: core?.crossOrigin,
      data: core && Object.fromEntries(Object.entries(core.dataset).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v])),
      hint: document.querySelectorAll('link[rel="stylesheet"][href*="/css/sizing-hint.css"]').length,
      hintInHead: !!document.head.querySelector('link[href*="/css/sizing-hint.css"]'),
      // Inline script or style of the plugin's (WordPress names them after the handle): a strict CSP would refuse them.
      inline: [...document.querySelectorAll('script:not([src]):not([type="application/json"]), style')].filter((el) => /acupt/.test(el.id + el.textContent)).length,
      elements: [...document.querySelectorAll('acupt-compare, acupt-quiz, acupt-book')].map((el) => el.localName),
      // Light DOM of the elements: only their JSON, no <p> or <br> from wpautop.
      inside: [...document.querySelectorAll('acupt-compare, acupt-quiz, acupt-book')].flatMap((el) => [...el.querySelectorAll('*')].map((c) => c.localName + (c.type ? `[${c.type}]` : ''))),
      text: document.body.innerText,
    };
  });

const shadow = (page, host, selector) => page.evaluateHandle((h, s) => h.shadowRoot.querySelector(s), host, selector).then((handle) => handle.asElement());
const shadowText = (page, host, selector) => page.evaluate((h, s) => h.shadowRoot.querySelector(s)?.textContent.trim(), host, selector);

/**
 * Walks a quiz to its result through its shadow DOM, as a visitor clicks: `safe` answers every
 * screen with its first choice (a checklist: its last, "None of these"); otherwise ticks the first
 * warning sign. Returns the result's heading.
 */
async function walkQuiz(page, quiz, safe) {
  const next = () => shadow(page, quiz, '.nav .btn:last-child');
  const screen = () => page.evaluate((q) => q.shadowRoot.querySelector('h2').textContent, quiz);
  await (await next()).click();
  for (let shown = 0; !(await shadow(page, quiz, '[part~="result"]')); shown++) {
    assert.ok(shown < 12, 'the quiz reaches a result');
    const before = await screen();
    const inputs = await page.evaluateHandle((q) => [...q.shadowRoot.querySelectorAll('fieldset input')], quiz);
    const [first, last, multi] = await inputs.evaluate((all) => [0, all.length - 1, all[0].type === 'checkbox']);
    const pick = await inputs.evaluateHandle((all, i) => all[i], safe && multi ? last : first).then((h) => h.asElement());
    await pick.click();
    await (await next()).click();
    await page.waitForFunction((q, b) => q.shadowRoot.querySelector('h2').textContent !== b, {}, quiz, before);
  }
  return screen();
}

/** Clicks an acupt-book's button (a lone link, or the menu button and then its `item`-th item); returns the acupt-book-click detail. */
async function book(page, host, item) {
  await page.evaluate(() => {
    window.booked = null;
    document.addEventListener('acupt-book-click', (event) => ((window.booked = event.detail), event.preventDefault()), { once: true });
  });
  await (await shadow(page, host, '[part="button"]')).click();
  if (item !== undefined) {
    await page.waitForFunction((h) => h.shadowRoot.querySelector('[popover]:popover-open'), {}, host);
    const items = await page.evaluateHandle((h) => [...h.shadowRoot.querySelectorAll('[part="item"]')], host);
    await (await items.evaluateHandle((all, i) => all[i], item)).asElement().click();
  }
  return page.evaluate(() => window.booked);
}

async function visitorChecks(pages, addOn) {
  const expected = { scripts: 1, inHead: false, integrity: INTEGRITY, crossOrigin: 'anonymous', data: SETTINGS, hint: 1, hintInHead: true, inline: 0 };
  const pick = (state) => Object.fromEntries(Object.keys(expected).map((key) => [key, state[key]]));

  // The Author's shortcodes.
  {
    const { page, problems, close } = await visit(pages.shortcodes);
    const state = await loaded(page);
    assert.deepEqual(pick(state), expected);
    // kses removed the pasted element; the shortcodes survived, with nothing but their JSON inside.
    assert.deepEqual(state.elements, ['acupt-compare', 'acupt-quiz', 'acupt-book']);
    assert.deepEqual(state.inside, ['script[application/json]']);
    assert.doesNotMatch(state.text, /heading|"rows"|\[acupt_/);
    const [compare, quiz, bookButton] = await page.$$('acupt-compare, acupt-quiz, acupt-book');

    assert.equal(await shadowText(page, compare, 'h2'), 'How we treat back pain');
    assert.deepEqual(await page.evaluate((c) => [...c.shadowRoot.querySelectorAll('[part="row-header"]')].map((th) => th.getAttribute('aria-label')), compare), ['Pain relief', 'Cost per visit', 'What the evidence says']);
    assert.match(await shadowText(page, compare, '[part~="highlighted"][part~="column-header"]'), /^Both/);
    await (await shadow(page, compare, '[part="info-button"][aria-label$="Cost per visit"]')).click();
    await page.waitForFunction((c) => c.shadowRoot.querySelector('.tip:popover-open'), {}, compare);
    assert.match(await shadowText(page, compare, '.tip:popover-open'), /Self-pay prices & plans\./);
    step('shortcodes: the comparison with its enclosed JSON (kses, wpautop undone), rows, highlight, tooltip');

    assert.equal(await shadowText(page, quiz, '.eyebrow'), 'Harbor Quiz Desk');
    const result = await walkQuiz(page, quiz, true);
    const inner = await shadow(page, quiz, 'acupt-book');
    const service = await inner.evaluate((b) => b.getAttribute('service'));
    assert.match(result, /^Start with/);
    const chosen = await book(page, inner, 0);
    assert.equal(chosen.channel, 'online');
    assert.ok(chosen.url.startsWith(service === 'pt' ? SETTINGS['pt-url'] : `${SETTINGS['booking-url']}?service=${service}`), chosen.url);
    step(`shortcodes: quiz walked to “${result}”, its book uses the settings’ booking pages`);

    assert.deepEqual(await bookButton.evaluate((b) => [b.getAttribute('booking-url'), b.getAttribute('variant')]), [null, 'outline']);
    assert.equal(await shadowText(page, bookButton, '[part="button"]'), 'Book acupuncture');
    const phone = await book(page, bookButton, 1);
    assert.deepEqual(phone, { service: 'acupuncture', channel: 'phone', url: 'tel:+15550102000' });
    step('shortcodes: book with a refused javascript: URL falls back to the settings; its menu calls the settings’ phone');
    assert.deepEqual(problems, []);
    await close();
  }

  // The Author's blocks.
  {
    const { page, problems, close } = await visit(pages.blocks);
    const state = await loaded(page);
    assert.deepEqual(pick(state), expected);
    assert.deepEqual(state.inside, ['script[application/json]']);
    const [compare, quiz, bookButton] = await page.$$('acupt-compare, acupt-quiz, acupt-book');
    assert.deepEqual(await compare.evaluate((c) => [c.className, c.getAttribute('highlight'), c.getAttribute('rows')]), ['wp-block-acupt-compare', 'pt', 'pain cost']);
    assert.equal(await shadowText(page, compare, 'h2'), 'Blocks & more');
    assert.equal(await shadowText(page, quiz, '.eyebrow'), 'Harbor Back & Wellness');
    assert.equal(await shadowText(page, quiz, 'h2'), 'Where to start');
    // A warning sign: urgent advice with the settings' emergency number, and no booking.
    await walkQuiz(page, quiz, false);
    assert.equal(await page.evaluate((q) => q.shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href'), quiz), 'tel:112');
    assert.equal(await shadow(page, quiz, 'acupt-book'), null);
    assert.deepEqual(await bookButton.evaluate((b) => [b.getAttribute('booking-url'), b.getAttribute('size')]), ['https://booking.example.com/both?a=1&b=2', 'lg']);
    assert.equal((await book(page, bookButton, 0)).url, 'https://booking.example.com/both?a=1&b=2&service=both');
    assert.deepEqual(problems, []);
    await close();
    step('blocks: rendered by PHP with their settings and overrides; urgent advice calls the settings’ number');
  }

  // The Author's classic editor post.
  {
    const { page, problems, close } = await visit(pages.classic);
    const state = await loaded(page);
    assert.deepEqual(pick(state), expected);
    assert.deepEqual(state.elements, ['acupt-compare', 'acupt-book']);
    assert.deepEqual(state.inside, ['script[application/json]']);
    assert.doesNotMatch(state.text, /heading|\[acupt_/);
    const [compare, bookButton] = await page.$$('acupt-compare, acupt-book');
    assert.equal(await shadowText(page, compare, 'h2'), 'Classic & kind');
    assert.match(await shadowText(page, compare, '[part~="highlighted"][part~="column-header"]'), /^Physical therapy/);
    // Empty attributes turned the site's booking page and email off: the phone alone, as a link.
    assert.equal(await shadowText(page, bookButton, '[part="button"]'), 'Call the desk');
    assert.deepEqual(await book(page, bookButton), { service: null, channel: 'phone', url: 'tel:5550103000' });
    assert.deepEqual(problems, []);
    await close();
    step('classic editor: the Visual tab kept the shortcodes; paragraphs and entities undone in the JSON');
  }

  // The administrator's hostile post: everything arrives as text.
  {
    const { page, problems, close } = await visit(pages.hostile);
    const [bookButton, compare] = await page.$$('acupt-book, acupt-compare');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.$$eval('[onmouseover], [onfocus], [onerror], [autofocus]', (all) => all.length), 0);
    assert.equal(await shadowText(page, bookButton, '[part="button"]'), 'x" onmouseover="window.pwned=1');
    assert.deepEqual(await bookButton.evaluate((b) => [b.getAttribute('booking-url'), b.getAttribute('phone')]), [null, null]);
    assert.equal(await shadowText(page, compare, 'h2'), '<img src=x onerror=window.pwned=4>');
    assert.equal(await page.evaluate((c) => c.shadowRoot.querySelector('[part="row-header"]').getAttribute('aria-label'), compare), '</script><script>window.pwned=5</script>');
    assert.deepEqual(problems, []);
    await close();
    step('hostile attributes and JSON: shown as text, nothing runs');
  }

  // A language add-on: loaded after the core, once, for the elements that show its language.
  {
    const { lang, standIn } = addOn;
    const { page, problems, close } = await visit(pages.language);
    const scripts = await page.$$eval('script[src*="/js/acupt-widget"]', (all) => all.map((s) => [new URL(s.src).pathname.split('/').pop(), s.integrity, document.head.contains(s)]));
    const file = `acupt-widget.${lang}.js`;
    assert.deepEqual(scripts, [['acupt-widget.js', INTEGRITY, false], [file, sri(readFileSync(`${site.content}/plugins/acupt-widget/js/${file}`)), false]]);
    assert.deepEqual(await page.$$eval('acupt-book', (all) => all.map((b) => b.lang)), [lang, `${lang}-CA`, '']);
    // A stand-in teaches the core no language: it says so.
    assert.deepEqual(problems.filter((problem) => !(standIn && problem.includes(`language "${lang}`))), []);
    await close();
    step(`language add-on ${file}: after the core, once, with its integrity`);
  }

  // A page without a widget loads none of it.
  {
    const { page, problems, close } = await visit(pages.plain);
    const state = await loaded(page);
    assert.deepEqual([state.scripts, state.hint, state.elements], [0, 0, []]);
    assert.deepEqual(problems, []);
    await close();
    step('a page without a widget: no script, no stylesheet');
  }
}

/** A classic theme prints the head before the content: the sizing hint must still be there. */
async function classicThemeChecks(pages) {
  for (const [name, elements] of [
    ['shortcodes', ['acupt-compare', 'acupt-quiz', 'acupt-book']],
    ['blocks', ['acupt-compare', 'acupt-quiz', 'acupt-book']],
    ['plain', []],
  ]) {
    const { page, problems, close } = await visit(pages[name]);
    const state = await loaded(page);
    const used = elements.length > 0;
    assert.deepEqual([state.scripts, state.inHead, state.hint, state.hintInHead, state.elements], [Number(used), false, Number(used), used, elements], name);
    assert.deepEqual(problems, [], name);
    await close();
  }
  step('classic theme (Twenty Twenty-One): hint in the head, script once in the footer, only where used');
}

// Last, once every helper above is defined.
const site = await startSite();
let browser;
let stopping;
/** Closes the browser and removes the site, once: a run that fails on the signal waits for it. */
const stopAll = () =>
  (stopping ??= (async () => {
    await browser?.close().catch(() => {});
    await site.stop();
  })());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => stopAll().then(() => process.exit(130)));

try {
  await run();
  const log = [readFileSync(site.debugLog, 'utf8'), readFileSync(site.apacheLog, 'utf8')].join('\n');
  // Debian's WordPress 6.1 has PHP 8.2 deprecations of its own; the plugin may have none, nor anyone warnings.
  const problems = log.split('\n').filter((line) => /PHP (Warning|Notice|Fatal|Parse|Recoverable)|\/plugins\/acupt-widget\//.test(line));
  assert.deepEqual(problems, [], 'PHP warnings or notices (WP_DEBUG)');
  console.log(`WordPress test passed in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await stopAll();
}
