/*
 * Symbiose goal trajectory charts (ECharts): each indicator's known values beside the straight line
 * from its baseline to its 2030 target (dashed). The years come from the element's data-chart JSON,
 * [{year, value, trajectory}], null where unknown: an unknown year is a gap, never zero. The chart is
 * role="img"; the table under it holds the same figures for keyboard and screen-reader users.
 */
(function () {
	'use strict';

	function draw(element) {
		var data = element.dataset;
		var years = JSON.parse(data.chart);
		var format = new Intl.NumberFormat(data.locale || 'nb', { maximumFractionDigits: 1 });
		var chart = echarts.init(element, null, { renderer: 'svg' });
		chart.setOption({
			animation: false,
			aria: { enabled: false },
			grid: { left: 64, right: 16, top: 32, bottom: 28 },
			legend: { top: 0, data: [data.textValue, data.textTrajectory] },
			tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : format.format(v) + ' ' + data.unit; } },
			xAxis: { type: 'category', data: years.map(function (y) { return String(y.year); }) },
			yAxis: { type: 'value', scale: true, name: data.unit, axisLabel: { formatter: function (v) { return format.format(v); } } },
			series: [
				{ name: data.textValue, type: 'line', connectNulls: false, symbol: 'circle', symbolSize: 7,
					lineStyle: { width: 2.5, color: '#084f3d' }, itemStyle: { color: '#084f3d' },
					data: years.map(function (y) { return y.value; }) },
				{ name: data.textTrajectory, type: 'line', symbol: 'none',
					lineStyle: { width: 2, type: 'dashed', color: '#b4470c' }, itemStyle: { color: '#b4470c' },
					data: years.map(function (y) { return y.trajectory; }) }
			]
		});
		// the SVG is decoration for the role="img" element; its label and the table speak for it
		element.querySelectorAll('svg').forEach(function (svg) { svg.setAttribute('aria-hidden', 'true'); });
		element.setAttribute('data-loaded', 'true');
		window.addEventListener('resize', function () { chart.resize(); });
	}

	document.querySelectorAll('[data-goal-chart]').forEach(function (element) {
		try {
			draw(element);
		}
		catch (error) {
			element.setAttribute('data-loaded', 'error');
			element.setAttribute('data-error', String(error));
		}
	});
}());
