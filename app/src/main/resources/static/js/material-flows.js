/*
 * Symbiose material-flow Sankey diagram (ECharts). The bands come from the JSON endpoint named in
 * the chart element's data-url, already disclosed for the viewer: hidden bands are not in "links"
 * and the page lists them below the chart. Box labels come from the hidden list
 * #material-sankey-labels, so they follow the page language. The mass-balance table on the page
 * holds the same figures for keyboard and screen-reader users; the chart element is role="img"
 * with a label that says so.
 */
(function () {
	'use strict';

	function labels() {
		var byKey = {};
		document.querySelectorAll('#material-sankey-labels [data-node]').forEach(function (item) {
			byKey[item.getAttribute('data-node')] = item.textContent;
		});
		return byKey;
	}

	function fail(element, message) {
		var note = document.createElement('p');
		note.className = 'ds-paragraph sy-hint';
		note.textContent = message;
		element.replaceChildren(note);
		element.setAttribute('data-loaded', 'error');
	}

	function draw(element, flows) {
		var names = labels();
		var format = new Intl.NumberFormat(element.getAttribute('data-locale') || 'nb', { maximumFractionDigits: 0 });
		var unit = element.getAttribute('data-unit') || 't/yr';
		var used = {};
		var links = flows.sankey.links.filter(function (link) {
			return link.tonnes > 0;
		}).map(function (link) {
			used[link.source] = true;
			used[link.target] = true;
			return { source: names[link.source] || link.source, target: names[link.target] || link.target, value: link.tonnes };
		});
		var nodes = Object.keys(names).filter(function (key) {
			return used[key];
		}).map(function (key) {
			return { name: names[key] };
		});
		var chart = echarts.init(element, null, { renderer: 'canvas' });
		chart.setOption({
			animation: false,
			aria: { enabled: false },
			tooltip: {
				trigger: 'item',
				formatter: function (params) {
					if (params.dataType === 'edge') {
						return params.data.source + ' → ' + params.data.target + ': ' + format.format(params.data.value) + ' ' + unit;
					}
					return params.name + ': ' + format.format(params.value) + ' ' + unit;
				}
			},
			series: [{
				type: 'sankey',
				left: 8,
				right: 160,
				top: 16,
				bottom: 16,
				nodeGap: 14,
				draggable: false,
				emphasis: { focus: 'adjacency' },
				data: nodes,
				links: links,
				label: { color: '#1e2b3c', fontSize: 14 },
				lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.45 }
			}]
		});
		window.addEventListener('resize', function () {
			chart.resize();
		});
		element.setAttribute('data-loaded', 'true');
	}

	function start() {
		var element = document.querySelector('[data-material-sankey]');
		if (!element) {
			return;
		}
		if (typeof echarts === 'undefined') {
			fail(element, element.getAttribute('data-text-error'));
			return;
		}
		fetch(element.getAttribute('data-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (flows) {
				draw(element, flows);
			})
			.catch(function () {
				fail(element, element.getAttribute('data-text-error'));
			});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
