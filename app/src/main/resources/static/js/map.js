/*
 * Symbiose map: county borders as the base layer (no tile server, no outside request), parks as
 * diamond markers and company sites as circles sized by their newest public direct emissions.
 * Texts and addresses come from the map element's data attributes, so they follow the page
 * language. The same sites are listed in a table on the page for keyboard and screen readers.
 */
(function () {
	'use strict';

	function text(tag, content, className) {
		var element = document.createElement(tag);
		element.textContent = content;
		if (className) {
			element.className = className;
		}
		return element;
	}

	/** Circle radius in pixels: area grows with emissions, 6 px when unknown. */
	function radius(tonnes) {
		if (tonnes == null) {
			return 6;
		}
		return Math.min(30, 6 + Math.sqrt(tonnes / 1000) * 0.8);
	}

	function popup(site, data, numberFormat) {
		var box = document.createElement('div');
		box.appendChild(text('strong', site.name));
		box.appendChild(document.createElement('br'));
		box.appendChild(text('span', site.kind === 'park' ? data.textPark : data.textCompany));
		if (site.kind === 'company') {
			box.appendChild(document.createElement('br'));
			box.appendChild(text('span', site.directEmissionsTCo2e == null ? data.textEmissionsUnknown
				: data.textEmissions.replace('{0}', numberFormat.format(site.directEmissionsTCo2e))
					.replace('{1}', site.emissionsYear)));
		}
		box.appendChild(document.createElement('br'));
		var link = text('a', site.kind === 'park' ? data.textOpenPark : data.textOpenCompany);
		link.href = (site.kind === 'park' ? data.parkUrl : data.companyUrl) + encodeURIComponent(site.key);
		box.appendChild(link);
		return box;
	}

	/* The diamond is an inner element: rotating the marker itself would rotate Leaflet's translate too. */
	function parkIcon(site, data) {
		var icon = document.createElement('span');
		var diamond = document.createElement('span');
		diamond.className = 'sy-park-marker__shape';
		diamond.setAttribute('aria-hidden', 'true');
		var label = text('span', data.textPark + ': ' + site.name, 'ds-sr-only');
		icon.appendChild(diamond);
		icon.appendChild(label);
		return L.divIcon({ className: 'sy-park-marker', html: icon, iconSize: [18, 18] });
	}

	// Municipality borders (1.2 MB) are fetched only when a person switches the overlay on.
	function addMunicipalityOverlay(map, data) {
		var municipalities = L.geoJSON(null, {
			className: 'sy-municipality',
			style: { color: '#8a8c8f', weight: 0.6, dashArray: '2 3', fill: false },
			onEachFeature: function (feature, layer) {
				layer.bindTooltip(feature.properties.name, { sticky: true, direction: 'top' });
			}
		});
		var loaded = false;
		municipalities.on('add', function () {
			if (loaded) {
				return;
			}
			loaded = true;
			fetch(data.municipalitiesUrl)
				.then(function (response) { return response.json(); })
				.then(function (geojson) {
					municipalities.addData(geojson);
					map.getContainer().setAttribute('data-municipalities-loaded', 'true');
				});
		});
		var overlays = {};
		overlays[data.textMunicipalities] = municipalities;
		L.control.layers(null, overlays, { collapsed: false, position: 'topright' }).addTo(map);
	}

	function init(element) {
		var data = element.dataset;
		var numberFormat = new Intl.NumberFormat(data.locale || 'nb', { maximumFractionDigits: 0 });
		var map = L.map(element, { minZoom: 3, maxZoom: 13, zoomSnap: 0.25 });
		map.attributionControl.setPrefix(false);
		map.attributionControl.addAttribution(data.attribution);
		var focus = data.focusLat ? L.latLng(parseFloat(data.focusLat), parseFloat(data.focusLon)) : null;
		map.setView(focus || L.latLng(64.5, 13), focus ? 9 : 4.5);

		fetch(data.countiesUrl)
			.then(function (response) { return response.json(); })
			.then(function (counties) {
				var layer = L.geoJSON(counties, {
					style: { color: '#5b5d60', weight: 1, fillColor: '#f6f8f5', fillOpacity: 1 },
					onEachFeature: function (feature, countyLayer) {
						countyLayer.bindTooltip(feature.properties.name, { sticky: true, direction: 'top' });
					}
				}).addTo(map);
				if (!focus) {
					map.fitBounds(layer.getBounds(), { padding: [8, 8] });
				}
				addMunicipalityOverlay(map, data);
				if (data.lines) {
					drawCandidateLines(map, element, data, layer);
					return null;
				}
				return fetch(data.sitesUrl, { headers: { Accept: 'application/json' } })
					.then(function (response) { return response.json(); })
					.then(function (sites) { drawSites(map, element, data, sites, numberFormat); });
			})
			.catch(function (error) {
				element.setAttribute('data-error', String(error));
			});
	}

	function drawSites(map, element, data, sites, numberFormat) {
		sites.filter(function (s) { return s.kind === 'company'; }).forEach(function (site) {
			var known = site.directEmissionsTCo2e != null;
			L.circleMarker([site.lat, site.lon], {
				radius: radius(site.directEmissionsTCo2e),
				color: '#084f3d',
				weight: 2,
				dashArray: known ? null : '3 3',
				fillColor: '#0d7a5f',
				fillOpacity: known ? 0.55 : 0.25,
				className: 'sy-company-site'
			}).bindPopup(popup(site, data, numberFormat)).addTo(map);
		});
		sites.filter(function (s) { return s.kind === 'park'; }).forEach(function (site) {
			L.marker([site.lat, site.lon], { icon: parkIcon(site, data), title: site.name, riseOnHover: true })
				.bindPopup(popup(site, data, numberFormat)).addTo(map);
		});
		element.setAttribute('data-loaded', 'true');
	}

	/*
	 * Symbiosis candidates as lines between the two sites, read from the JSON the page embeds
	 * (only candidates the viewer may see; an anonymous counterpart sits at its county's centre).
	 * Thickness grows with net t CO2e avoided per year; material is a solid green line, heat a
	 * dashed orange one, so kind is told by pattern as well as colour. The table below the map
	 * lists the same candidates for keyboard and screen readers.
	 */
	function drawCandidateLines(map, element, data, countyLayer) {
		var source = document.getElementById(data.lines);
		var lines = source ? JSON.parse(source.textContent) : [];
		var bounds = L.latLngBounds([]);
		lines.forEach(function (line) {
			var net = line.netTonnes == null ? 0 : Math.max(0, line.netTonnes);
			var heat = line.kind === 'heat';
			var polyline = L.polyline([line.from, line.to], {
				color: heat ? '#b4470c' : '#0d7a5f',
				weight: Math.min(12, 2 + Math.sqrt(net) / 8),
				opacity: line.approximate ? 0.6 : 0.85,
				dashArray: heat ? '8 6' : (line.approximate ? '2 6' : null),
				className: 'sy-candidate-line sy-candidate-line--' + line.kind
			}).bindTooltip(line.label, { sticky: true }).addTo(map);
			bounds.extend(polyline.getBounds());
			[line.from, line.to].forEach(function (point) {
				L.circleMarker(point, { radius: 3, color: '#084f3d', weight: 1, fillOpacity: 0.8,
					className: 'sy-candidate-end' }).addTo(map);
			});
		});
		if (lines.length > 0 && !data.focusLat) {
			map.fitBounds(bounds.pad(0.3), { maxZoom: 10 });
		}
		element.setAttribute('data-lines-drawn', String(lines.length));
		element.setAttribute('data-loaded', 'true');
	}

	document.querySelectorAll('[data-symbiose-map]').forEach(init);
}());
