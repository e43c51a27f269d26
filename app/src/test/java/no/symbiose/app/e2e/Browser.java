package no.symbiose.app.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (Debian {@code chromium} and
 * {@code chromium-driver}), never a downloaded driver: both paths are given, so Selenium
 * Manager is not asked. Override with SYMBIOSE_CHROMIUM / SYMBIOSE_CHROMEDRIVER.
 */
public final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	/**
	 * Runs before any script of every page: keeps each Content Security Policy violation
	 * (an inline style or script refused, a blocked source) in the tab's session storage,
	 * so they add up across the pages a test visits.
	 */
	private static final String CSP_RECORDER = """
			document.addEventListener('securitypolicyviolation', function (e) {
			  try {
			    var seen = JSON.parse(sessionStorage.getItem('symbiose-csp') || '[]');
			    seen.push(location.pathname + location.search + ': ' + e.effectiveDirective + ' refused '
			        + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber
			        + ' ' + (e.sample || ''));
			    sessionStorage.setItem('symbiose-csp', JSON.stringify(seen));
			  } catch (ignored) { }
			});
			""";

	public static Browser open(int port) {
		String chromium = executable("SYMBIOSE_CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser");
		String chromedriver = executable("SYMBIOSE_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);
		System.setProperty("webdriver.chrome.logfile", "target/chromedriver.log");
		Path profile;
		try {
			profile = Files.createTempDirectory("symbiose-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
		return new Browser(driver, "http://localhost:" + port, profile);
	}

	private static String executable(String environment, String fallback, String... names) {
		String configured = System.getenv(environment);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		List<String> path = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
		Optional<String> found = Arrays.stream(names)
			.flatMap(name -> path.stream().map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst();
		return found.orElse(fallback);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	public WebDriverWait waitUpTo(Duration duration) {
		return new WebDriverWait(driver, duration);
	}

	/**
	 * Clicks a button that submits a form and waits until the browser has left the page.
	 * Chromium reports the old button as stale, or, mid-navigation, as a node no longer
	 * in the document; either means the next page is there.
	 */
	public void clickAndWaitForNextPage(WebElement button) {
		button.click();
		waitUpTo(Duration.ofSeconds(30)).until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	/** As {@link #clickAndWaitForNextPage}, with keys typed on the element instead. */
	public void sendKeysAndWaitForNextPage(WebElement element, CharSequence... keys) {
		element.sendKeys(keys);
		waitUpTo(Duration.ofSeconds(30)).until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	/**
	 * The Content Security Policy violations the pages visited since the last call
	 * reported, and forgets them.
	 */
	@SuppressWarnings("unchecked")
	public List<String> takeCspViolations() {
		try {
			Object seen = driver.executeScript("""
					var seen = JSON.parse(sessionStorage.getItem('symbiose-csp') || '[]');
					sessionStorage.removeItem('symbiose-csp');
					return seen;""");
			return seen == null ? List.of() : List.copyOf((List<String>) seen);
		}
		catch (WebDriverException noPage) {
			return List.of();
		}
	}

	public String htmlLang() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/** Saves the whole page, not only the window, to target/screenshots/{name}.png. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map
				.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1, "width",
						1280, "height",
						((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue())));
			Files.write(file, OutputType.BYTES.convertFromBase64Png((String) result.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temp profile is harmless
		}
	}

}
