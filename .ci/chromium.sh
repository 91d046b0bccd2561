# Sourced by .ci/run: installs Debian's Chromium (and fonts for Chinese
# text and emoji, so that the screenshots the browser tests keep are
# legible) when missing, and exports REPORTBOT_TEST_CHROMIUM for the
# browser tests in web/ (chromedp drives it headless). Under CI
# (REPORTBOT_CI=1) those tests fail without it; elsewhere they skip.
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei fonts-noto-color-emoji >/dev/null
fi
export REPORTBOT_TEST_CHROMIUM
REPORTBOT_TEST_CHROMIUM=$(command -v chromium)
"$REPORTBOT_TEST_CHROMIUM" --version
