/*
 * Symbiose goal map: county borders (no tile server, no outside request), each county filled by the
 * status of goal 1 and each park marked with its status. Every status has a symbol as well as a
 * colour (✓ on track, ! at risk, ✕ off track, ? unknown), the tooltip says it in words, and the page's
 * county or park table says the same in text. Data: the JSON element named by data-areas, as
 * {counties: [{key, name, lat, lon, status, url}], parks: [...], focusCounty}.
 */
(function () {
	'use strict';

	var FILL = { ON_TRACK: '#2e9d5f', AT_RISK: '#e0a030', OFF_TRACK: '#d9534f', UNKNOWN: '#ffffff' };
	var SYMBOL = { ON_TRACK: '\u2713', AT_RISK: '!', OFF_TRACK: '\u2715', UNKNOWN: '?' };

	function statusText(data, status) {
		return {
			ON_TRACK: data.textOnTrack, AT_RISK: data.textAtRisk, OFF_TRACK: data.textOffTrack, UNKNOWN: data.textUnknown
		}[status] || data.textUnknown;
	}

	function marker(area, kind, data) {
		var icon = document.createElement('span');
		var shape = document.createElement('span');
		shape.setAttribute('aria-hidden', 'true');
		shape.textContent = SYMBOL[area.status] || '?';
		var label = document.createElement('span');
		label.className = 'ds-sr-only';
		label.textContent = area.name + ': ' + statusText(data, area.status);
		icon.appendChild(shape);
		icon.appendChild(label);
		return L.divIcon({
			className: 'sy-goal-marker sy-goal-marker--' + kind + ' sy-goal-marker--' + area.status,
			html: icon, iconSize: [22, 22]
		});
	}

	function popup(area, data) {
		var box = document.createElement('div');
		var name = document.createElement('strong');
		name.textContent = area.name;
		box.appendChild(name);
		box.appendChild(document.createElement('br'));
		box.appendChild(document.createTextNode(statusText(data, area.status)));
		box.appendChild(document.createElement('br'));
		var link = document.createElement('a');
		link.href = area.url;
		link.textContent = data.textOpen;
		box.appendChild(link);
		return box;
	}

	function init(element) {
		var data = element.dataset;
		var source = document.getElementById(data.areas);
		var areas = source ? JSON.parse(source.textContent) : { counties: [], parks: [] };
		var byCounty = {};
		areas.counties.forEach(function (county) { byCounty[county.key] = county; });
		var map = L.map(element, { minZoom: 3, maxZoom: 12, zoomSnap: 0.25 });
		map.attributionControl.setPrefix(false);
		map.attributionControl.addAttribution(data.attribution);
		map.setView(L.latLng(64.5, 13), 4.5);
		fetch(data.countiesUrl)
			.then(function (response) { return response.json(); })
			.then(function (geojson) {
				var focus = null;
				var layer = L.geoJSON(geojson, {
					style: function (feature) {
						var county = byCounty[feature.properties.id];
						var shown = county != null;
						return {
							color: '#5b5d60', weight: 1, dashArray: shown && county.status === 'UNKNOWN' ? '4 3' : null,
							fillColor: shown ? FILL[county.status] : '#f6f8f5', fillOpacity: shown ? 0.55 : 1
						};
					},
					onEachFeature: function (feature, countyLayer) {
						var county = byCounty[feature.properties.id];
						if (areas.focusCounty === feature.properties.id) {
							focus = countyLayer;
						}
						countyLayer.bindTooltip(feature.properties.name
							+ (county ? ': ' + statusText(data, county.status) : ''), { sticky: true, direction: 'top' });
						if (county) {
							countyLayer.bindPopup(popup(county, data));
						}
					}
				}).addTo(map);
				map.fitBounds((focus || layer).getBounds(), { padding: [8, 8] });
				areas.counties.forEach(function (county) {
					if (county.lat != null && county.lon != null) {
						L.marker([county.lat, county.lon], { icon: marker(county, 'county', data), title: county.name,
							keyboard: false }).bindPopup(popup(county, data)).addTo(map);
					}
				});
				areas.parks.forEach(function (park) {
					L.marker([park.lat, park.lon], { icon: marker(park, 'park', data), riseOnHover: true,
						title: data.textPark + ' ' + park.name + ': ' + statusText(data, park.status) })
						.bindPopup(popup(park, data)).addTo(map);
				});
				element.setAttribute('data-loaded', 'true');
			})
			.catch(function (error) {
				element.setAttribute('data-error', String(error));
			});
	}

	document.querySelectorAll('[data-goals-map]').forEach(init);
}());
