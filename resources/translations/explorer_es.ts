<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="31"/>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="33"/>
        <source>Open another relations store (.db)</source>
        <translation>Abrir otra base de datos de relaciones (.db)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="34"/>
        <source>Return to &amp;Bundled Store</source>
        <translation>&amp;Volver a la base incluida</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="35"/>
        <source>Go back to the store shipped with the app</source>
        <translation>Volver a la base de datos que trae la aplicación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="37"/>
        <source>&amp;New Store from Spreadsheet…</source>
        <translation>&amp;Nuevo almacén desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="39"/>
        <source>Make a store of your own from a spreadsheet or an event export</source>
        <translation>Crear un almacén propio a partir de una hoja de cálculo o de una exportación de eventos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="40"/>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Exportar tabla como CSV…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="41"/>
        <source>Save every row the table shows to a CSV file</source>
        <translation>Guardar en un archivo CSV todas las filas que muestra la tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="44"/>
        <source>&amp;Search Episodes</source>
        <translation>&amp;Buscar episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="46"/>
        <source>Type words to search titles, summaries, actors and quotes</source>
        <translation>Escriba palabras para buscar en títulos, resúmenes, actores y citas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="47"/>
        <source>&amp;Clear All Filters</source>
        <translation>&amp;Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="49"/>
        <source>Remove the search, facets and date range at once</source>
        <translation>Quitar de una vez la búsqueda, las facetas y el rango de fechas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="51"/>
        <source>Add to &amp;Comparison</source>
        <translation>Añadir a la &amp;comparación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="53"/>
        <source>Compare the selected episodes side by side</source>
        <translation>Comparar lado a lado los episodios seleccionados</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="55"/>
        <source>Copy C&amp;itation</source>
        <translation>Copiar c&amp;ita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="57"/>
        <source>Copy the selected record with its sources</source>
        <translation>Copiar el registro seleccionado con sus fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="58"/>
        <source>Cite &amp;This View…</source>
        <translation>Citar es&amp;ta vista…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="59"/>
        <source>The citation of what the window shows, and a file that reproduces it</source>
        <translation>La cita de lo que muestra la ventana, y un archivo que la reproduce</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="60"/>
        <source>Export &amp;Sources…</source>
        <translation>Exportar &amp;fuentes…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="61"/>
        <source>Save the store&apos;s sources for Zotero or another reference manager (BibTeX, RIS, CSL-JSON)</source>
        <translation>Guardar las fuentes del almacén para Zotero u otro gestor de referencias (BibTeX, RIS, CSL-JSON)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="62"/>
        <source>Export Lesson as &amp;Web Page…</source>
        <translation>Exportar lección como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="63"/>
        <source>One HTML file with each view&apos;s picture, caption, sources and notes, to open offline in any browser</source>
        <translation>Un solo archivo HTML con la imagen, el pie, las fuentes y las notas de cada vista, para abrir sin conexión en cualquier navegador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="64"/>
        <source>&amp;New Note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="65"/>
        <source>Write a note on the selected record (shows the Notes)</source>
        <translation>Escribir una nota sobre el registro seleccionado (muestra las Notas)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="66"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="67"/>
        <source>Show the previously selected record</source>
        <translation>Mostrar el registro seleccionado antes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="68"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="70"/>
        <source>Show the next record again</source>
        <translation>Volver a mostrar el registro siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="71"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="72"/>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Llevar el foco del teclado al panel siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="73"/>
        <source>Previous P&amp;ane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="74"/>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Llevar el foco del teclado al panel anterior</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="75"/>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="76"/>
        <source>Switch between the light and the dark theme</source>
        <translation>Cambiar entre el tema claro y el oscuro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="78"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="79"/>
        <source>Put every pane back where it starts</source>
        <translation>Devolver cada panel a su lugar inicial</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="88"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="89"/>
        <source>Save Blank Import &amp;Template…</source>
        <translation>Guardar &amp;plantilla de importación en blanco…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="90"/>
        <source>A workbook with the sheets and columns an import reads</source>
        <translation>Un libro con las hojas y columnas que lee una importación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="91"/>
        <source>Save Filled &amp;Example Spreadsheet…</source>
        <translation>Guardar hoja de &amp;ejemplo completada…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="92"/>
        <source>The import template with a few example rows to copy</source>
        <translation>La plantilla de importación con algunas filas de ejemplo para copiar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="93"/>
        <source>&amp;About Relations Explorer</source>
        <translation>&amp;Acerca de Relations Explorer</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="80"/>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Guardar la vista actual…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="81"/>
        <source>Save what the window shows, with a title and a caption</source>
        <translation>Guardar lo que muestra la ventana, con un título y una leyenda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="82"/>
        <source>Views and &amp;Lessons…</source>
        <translation>Vistas y &amp;lecciones…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="83"/>
        <source>Build lessons from saved views; share them as a file</source>
        <translation>Armar lecciones con vistas guardadas; compartirlas como archivo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="84"/>
        <source>&amp;Present Lesson</source>
        <translation>&amp;Presentar lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="85"/>
        <source>Show the lesson full screen, one view at a time (Esc leaves)</source>
        <translation>Mostrar la lección a pantalla completa, una vista a la vez (Esc sale)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="86"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/actions.py" line="87"/>
        <source>Language, theme and how presentations look</source>
        <translation>Idioma, tema y aspecto de las presentaciones</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="154"/>
        <source>{unit}, log scale</source>
        <translation>{unit}, escala logarítmica</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="63"/>
        <source>% change from {year}</source>
        <translation>% de cambio desde {year}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="99"/>
        <source>“{title}” has no values: the source prints none for it (its years are marked ×).</source>
        <translation>«{title}» no tiene valores: la fuente no imprime ninguno (sus años se marcan con ×).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="150"/>
        <source>{n} value of zero or less cannot be drawn on a log scale ({unit}).</source>
        <translation>{n} valor igual o menor que cero no se puede dibujar en escala logarítmica ({unit}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="151"/>
        <source>{n} values of zero or less cannot be drawn on a log scale ({unit}).</source>
        <translation>{n} valores iguales o menores que cero no se pueden dibujar en escala logarítmica ({unit}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/panels.py" line="71"/>
        <source>“{title}” has no value for {year}, so no change from it can be shown.</source>
        <translation>«{title}» no tiene valor para {year}, así que no se puede mostrar el cambio desde ese año.</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <location filename="../../src/explorer/ui/chart/figure.py" line="338"/>
        <source>{name} (no values)</source>
        <translation>{name} (sin valores)</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="47"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="51"/>
        <source>Chart of the chosen series</source>
        <translation>Gráfico de las series elegidas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="55"/>
        <source>Value under the pointer</source>
        <translation>Valor bajo el puntero</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="59"/>
        <source>Chart message</source>
        <translation>Mensaje del gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="60"/>
        <source>Choose one or more series on the left.</source>
        <translation>Elija una o más series a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="288"/>
        <source>Click to select this episode</source>
        <translation>Haga clic para seleccionar este episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/pane.py" line="351"/>
        <source>Point at a bar or a point to read its exact value and source; click it to open the passage.</source>
        <translation>Señale una barra o un punto para leer su valor exacto y su fuente; haga clic para abrir el pasaje.</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="21"/>
        <source>Inconsistent as printed</source>
        <translation>Incoherente tal como está impreso</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="22"/>
        <source>Sources disagree</source>
        <translation>Las fuentes discrepan</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="23"/>
        <source>Approximate (“about”)</source>
        <translation>Aproximado («alrededor de»)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="24"/>
        <source>Lower bound (“more than”)</source>
        <translation>Límite inferior («más de»)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="25"/>
        <source>Upper bound (“less than”)</source>
        <translation>Cota superior («menos de»)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="26"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="27"/>
        <source>Preliminary figure</source>
        <translation>Cifra preliminar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="28"/>
        <source>Not available in the source</source>
        <translation>No disponible en la fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="79"/>
        <source>Click to open the passage</source>
        <translation>Haga clic para abrir el pasaje</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="36"/>
        <source>{period} (one figure for the whole period: a total or an average)</source>
        <translation>{period} (una sola cifra para todo el período: un total o un promedio)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="44"/>
        <source>no value printed (“{text}”)</source>
        <translation>sin valor impreso («{text}»)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="78"/>
        <source>✎ You have a note on this number</source>
        <translation>✎ Tiene una nota sobre este número</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="74"/>
        <source>Source: {source}, {locator}</source>
        <translation>Fuente: {source}, {locator}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="61"/>
        <source>plotted as {value} {unit}</source>
        <translation>dibujado como {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/readout.py" line="70"/>
        <source>Sources give: {claims}</source>
        <translation>Las fuentes dan: {claims}</translation>
    </message>
</context>
<context>
    <name>ChartToolbar</name>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="42"/>
        <source>Series…</source>
        <translation>Series…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="44"/>
        <source>Show or hide the list of series to chart</source>
        <translation>Mostrar u ocultar la lista de series para graficar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="45"/>
        <source>Choose series</source>
        <translation>Elegir series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="48"/>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="49"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="50"/>
        <source>Draw series as</source>
        <translation>Dibujar las series como</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="51"/>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="53"/>
        <source>Logarithmic value axis (values of zero or less are left out, and the chart says how many)</source>
        <translation>Eje de valores logarítmico (se omiten los valores iguales o menores que cero, y el gráfico indica cuántos)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="58"/>
        <source>Change from</source>
        <translation>Cambio desde</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="60"/>
        <source>Show each series as % change from the chosen year&apos;s value</source>
        <translation>Mostrar cada serie como % de cambio respecto del valor del año elegido</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="65"/>
        <source>Base year for relative change</source>
        <translation>Año base del cambio relativo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="67"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="69"/>
        <source>Draw the episodes that match the filters</source>
        <translation>Dibujar los episodios que cumplen los filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="70"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="71"/>
        <source>Show all the values of the chosen series</source>
        <translation>Mostrar todos los valores de las series elegidas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="72"/>
        <source>chart</source>
        <translation>grafico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="75"/>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="76"/>
        <location filename="../../src/explorer/ui/chart/toolbar.py" line="81"/>
        <source>More chart options</source>
        <translation>Más opciones del gráfico</translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <location filename="../../src/explorer/ui/compare/picker.py" line="160"/>
        <source>Remove one to add another</source>
        <translation>Quite uno para añadir otro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/picker.py" line="185"/>
        <source>{item} — click to remove</source>
        <translation>{item} — haga clic para quitarlo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/picker.py" line="186"/>
        <source>Remove {item}</source>
        <translation>Quitar {item}</translation>
    </message>
</context>
<context>
    <name>CiteViewDialog</name>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="65"/>
        <source>Cite This View</source>
        <translation>Citar esta vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="69"/>
        <source>Citation style</source>
        <translation>Estilo de cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="72"/>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="76"/>
        <source>Citation of the view</source>
        <translation>Cita de la vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="84"/>
        <source>&amp;Copy Citation</source>
        <translation>&amp;Copiar cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="85"/>
        <source>Save &amp;View File…</source>
        <translation>Guardar archivo de &amp;vista…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="86"/>
        <source>A file that opens this same view in any copy of Relations Explorer</source>
        <translation>Un archivo que abre esta misma vista en cualquier copia de Relations Explorer</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="88"/>
        <source>Export &amp;Sources…</source>
        <translation>Exportar &amp;fuentes…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="89"/>
        <source>The sources behind this view for Zotero (BibTeX, RIS or CSL-JSON)</source>
        <translation>Las fuentes de esta vista para Zotero (BibTeX, RIS o CSL-JSON)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="127"/>
        <source>How to cite the dataset</source>
        <translation>Cómo citar el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="135"/>
        <source>Copied the citation.</source>
        <translation>Se copió la cita.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="138"/>
        <source>Cited view, {time}</source>
        <translation>Vista citada, {time}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="152"/>
        <source>Save View File</source>
        <translation>Guardar archivo de vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="154"/>
        <source>View file (*.json)</source>
        <translation>Archivo de vista (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="161"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/cite_dialog.py" line="164"/>
        <source>Saved {name}: open it with Views and Lessons ▸ Import to see this view again.</source>
        <translation>Se guardó {name}: ábralo con Vistas y lecciones ▸ Importar para volver a ver esta vista.</translation>
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <location filename="../../src/explorer/ui/citing/__init__.py" line="49"/>
        <source>Select a record to copy its citation.</source>
        <translation>Seleccione un registro para copiar su cita.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/__init__.py" line="58"/>
        <source>Copied the citation with its sources.</source>
        <translation>Se copió la cita con sus fuentes.</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/controller.py" line="40"/>
        <source>Saved the view “{title}”.</source>
        <translation>Se guardó la vista «{title}».</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/controller.py" line="45"/>
        <source>Showing “{title}”.</source>
        <translation>Mostrando «{title}».</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/controller.py" line="49"/>
        <source>Edit View</source>
        <translation>Editar vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/controller.py" line="70"/>
        <source>No saved views yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/controller.py" line="114"/>
        <source>Saved Views</source>
        <translation>Vistas guardadas</translation>
    </message>
</context>
<context>
    <name>ClassroomMenus</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/menus.py" line="32"/>
        <source>Saved &amp;Views</source>
        <translation>&amp;Vistas guardadas</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="52"/>
        <source>Aligned charts</source>
        <translation>Gráficos alineados</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="58"/>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="183"/>
        <source>hollow points: values the source flags (approximate, estimate…)</source>
        <translation>puntos huecos: valores que la fuente marca (aproximados, estimaciones…)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="108"/>
        <source>years from the episode&apos;s start (0 = the year it began)</source>
        <translation>años desde el inicio del episodio (0 = el año en que empezó)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="123"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="123"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="157"/>
        <source>No values of this series in the years around these episodes.</source>
        <translation>Esta serie no tiene valores en los años en torno a estos episodios.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="212"/>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="178"/>
        <source>no data in this window</source>
        <translation>sin datos en esta ventana</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/charts.py" line="216"/>
        <source>year {offset} ({period})</source>
        <translation>año {offset} ({period})</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="41"/>
        <source>a single date</source>
        <translation>una sola fecha</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="48"/>
        <source>about a year</source>
        <translation>alrededor de un año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="43"/>
        <source>one day</source>
        <translation>un día</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="49"/>
        <source>about {n} years</source>
        <translation>alrededor de {n} años</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="61"/>
        <source>Episodes side by side</source>
        <translation>Episodios lado a lado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="46"/>
        <source>about {n} months</source>
        <translation>alrededor de {n} meses</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="28"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="29"/>
        <source>Year 0</source>
        <translation>Año 0</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="30"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="31"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="32"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="33"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="34"/>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="43"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="46"/>
        <source>about a month</source>
        <translation>alrededor de un mes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="196"/>
        <source>uncertain</source>
        <translation>incierta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="198"/>
        <source>sources disagree</source>
        <translation>las fuentes discrepan</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="235"/>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="231"/>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="238"/>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/facts_table.py" line="236"/>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="85"/>
        <source>Episodes:</source>
        <translation>Episodios:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="86"/>
        <source>Type to add an episode…</source>
        <translation>Escriba para añadir un episodio…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="94"/>
        <source>Add selected</source>
        <translation>Añadir seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="95"/>
        <source>Add the episode selected in the table or timeline</source>
        <translation>Añadir el episodio seleccionado en la tabla o en la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="96"/>
        <source>Add the selected episode</source>
        <translation>Añadir el episodio seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="103"/>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="103"/>
        <source>Type to add a series…</source>
        <translation>Escriba para añadir una serie…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="106"/>
        <source>Years before the start</source>
        <translation>Años antes del inicio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="107"/>
        <source>Years after the start</source>
        <translation>Años después del inicio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="108"/>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="110"/>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="110"/>
        <source>Open a saved comparison</source>
        <translation>Abrir una comparación guardada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="112"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="113"/>
        <source>Save this comparison with your notes</source>
        <translation>Guardar esta comparación con sus notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="114"/>
        <location filename="../../src/explorer/ui/compare/pane.py" line="415"/>
        <source>Save comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="116"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="116"/>
        <source>Export as PNG or CSV</source>
        <translation>Exportar como PNG o CSV</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="118"/>
        <source>Image (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="121"/>
        <source>Data with citations (CSV)…</source>
        <translation>Datos con citas (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="158"/>
        <source>≠ and shading mark the rows where the episodes differ; actors in bold take part in only some of them.</source>
        <translation>≠ y el sombreado marcan las filas en que los episodios difieren; los actores en negrita participan solo en algunos de ellos.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="275"/>
        <source>Pick 2–4 episodes to compare: type part of a title above, press “Add selected” after choosing one in the table or timeline, or open a saved comparison.</source>
        <translation>Elija de 2 a 4 episodios para comparar: escriba parte de un título arriba, pulse «Añadir seleccionado» después de elegir uno en la tabla o en la línea de tiempo, o abra una comparación guardada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="315"/>
        <source>Add a series above (for example Japan&apos;s grant aid or technical cooperation) to see it aligned on each episode&apos;s start.</source>
        <translation>Añada una serie arriba (por ejemplo, las donaciones o la cooperación técnica de Japón) para verla alineada con el inicio de cada episodio.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="406"/>
        <source>Comparisons are kept with your notes, which cannot be written in this session.</source>
        <translation>Las comparaciones se guardan con sus notas, que no se pueden escribir en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="416"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="425"/>
        <source>Saved “{name}” with your notes.</source>
        <translation>Se guardó «{name}» con sus notas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="436"/>
        <source>That saved comparison no longer exists.</source>
        <translation>Esa comparación guardada ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="442"/>
        <source>Opened “{name}”.</source>
        <translation>Se abrió «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="444"/>
        <source>Not in this dataset: {ids}.</source>
        <translation>No están en este conjunto de datos: {ids}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="455"/>
        <source>No saved comparisons yet</source>
        <translation>Aún no hay comparaciones guardadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="459"/>
        <source>Delete the open comparison</source>
        <translation>Eliminar la comparación abierta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="465"/>
        <source>Saved comparison deleted.</source>
        <translation>Se eliminó la comparación guardada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="505"/>
        <source>The comparison&apos;s table</source>
        <translation>la tabla de la comparación</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation type="vanished">No se pudo escribir la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="510"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="510"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="513"/>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="523"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/pane.py" line="528"/>
        <source>Exported {path}.</source>
        <translation>Se exportó {path}.</translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="34"/>
        <source>Means before and after each episode</source>
        <translation>Promedios antes y después de cada episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="54"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="55"/>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="58"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="59"/>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="56"/>
        <source>Mean, years {lo}…−1</source>
        <translation>Promedio, años {lo}…−1</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/compare/summary_table.py" line="57"/>
        <source>Mean, years 0…+{hi}</source>
        <translation>Promedio, años 0…+{hi}</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="56"/>
        <source>Active during</source>
        <translation>Activos durante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="60"/>
        <source>e.g. 1985–1990, 1990s, from 1968</source>
        <translation>p. ej. 1985–1990, 1990s, desde 1968</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="61"/>
        <source>Active during, typed range</source>
        <translation>Activos durante, rango escrito</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="62"/>
        <source>Episodes whose span overlaps this range. Type years (1985–1990), a decade (1990s) or an open range (from 1968, until 1900), then press Enter.</source>
        <translation>Episodios cuyo período se cruza con este rango. Escriba años (1985–1990), una década (1990s) o un rango abierto (desde 1968, hasta 1900) y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="67"/>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="70"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="69"/>
        <source>Active from year</source>
        <translation>Activos desde el año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="72"/>
        <source>Active until year</source>
        <translation>Activos hasta el año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="80"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="82"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="107"/>
        <source>“{text}” is not a range I can read. Try 1985–1990, 1990s or from 1968.</source>
        <translation>«{text}» no es un rango que se pueda leer. Pruebe 1985–1990, 1990s o desde 1968.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="119"/>
        <source>Read as {range}: the later year was typed first.</source>
        <translation>Se leyó como {range}: el año posterior se escribió primero.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="132"/>
        <source>“{text}” is later than {year}: type a year up to {year}.</source>
        <translation>«{text}» es posterior a {year}: escriba un año hasta {year}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/date_range.py" line="135"/>
        <source>“{text}” is outside the years this store covers ({range}); the filter is unchanged.</source>
        <translation>«{text}» está fuera de los años que abarca esta base de datos ({range}); el filtro no cambia.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="149"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="149"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="149"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="149"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="150"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="150"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="150"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="150"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="151"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="151"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="151"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="151"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="154"/>
        <source>spring {}</source>
        <translation>primavera de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="154"/>
        <source>summer {}</source>
        <translation>verano de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="154"/>
        <source>autumn {}</source>
        <translation>otoño de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="155"/>
        <source>winter {}</source>
        <translation>invierno de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="155"/>
        <source>Q1 {}</source>
        <translation>1.er trimestre de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="155"/>
        <source>Q2 {}</source>
        <translation>2.º trimestre de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="156"/>
        <source>Q3 {}</source>
        <translation>3.er trimestre de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="156"/>
        <source>Q4 {}</source>
        <translation>4.º trimestre de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="157"/>
        <source>first half of {}</source>
        <translation>primera mitad de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="157"/>
        <source>second half of {}</source>
        <translation>segunda mitad de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="162"/>
        <source>c. {}</source>
        <translation>hacia {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="163"/>
        <source>{}?</source>
        <translation>{}?</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="164"/>
        <source>{}s</source>
        <translation>década de {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="165"/>
        <source>{}th century</source>
        <translation>siglo {roman}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="166"/>
        <source>from {}</source>
        <translation>desde {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="167"/>
        <source>until {}</source>
        <translation>hasta {}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="168"/>
        <source>some time in {}</source>
        <translation>en algún momento de {}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="131"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="131"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="131"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="118"/>
        <source>read it in the full text</source>
        <translation>leerlo en el texto completo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="118"/>
        <source>see the record</source>
        <translation>ver el registro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="145"/>
        <source>The sources disagree</source>
        <translation>Las fuentes discrepan</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="154"/>
        <source>EDTF</source>
        <translation>EDTF</translation>
    </message>
    <message>
        <source>No source passage is recorded for this.</source>
        <translation type="vanished">No hay pasaje de fuente registrado para esto.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="84"/>
        <source>reference:</source>
        <translation>referencia:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="89"/>
        <source>Curators’ note</source>
        <translation>Nota de los curadores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="103"/>
        <source>In the text:</source>
        <translation>En el texto:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="113"/>
        <source>Uncited: no source is recorded for this.</source>
        <translation>Sin cita: no hay ninguna fuente registrada para esto.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="114"/>
        <source>Check it against a source before relying on it.</source>
        <translation>Contrástelo con una fuente antes de confiar en ello.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="141"/>
        <source>another passage</source>
        <translation>otro pasaje</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="157"/>
        <source>The date is approximate or uncertain.</source>
        <translation>La fecha es aproximada o incierta.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="167"/>
        <source>dates disputed</source>
        <translation>fechas en disputa</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="230"/>
        <source>Values as printed</source>
        <translation>Valores tal como están impresos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="271"/>
        <source>As printed</source>
        <translation>Tal como se imprimió</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="324"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="330"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="332"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="335"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="336"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="338"/>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="174"/>
        <location filename="../../src/explorer/ui/detail/render.py" line="199"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="218"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="219"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="220"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="221"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="223"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="227"/>
        <location filename="../../src/explorer/ui/detail/render.py" line="307"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="282"/>
        <source>Source passage</source>
        <translation>Pasaje de la fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="310"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="171"/>
        <location filename="../../src/explorer/ui/detail/render.py" line="188"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="196"/>
        <source>Who</source>
        <translation>Quiénes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="306"/>
        <source>Also called</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="326"/>
        <source>not given in the text</source>
        <translation>no figura en el texto</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="270"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="273"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="277"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="278"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/render.py" line="171"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="48"/>
        <location filename="../../src/explorer/ui/detail/pane.py" line="142"/>
        <location filename="../../src/explorer/ui/detail/pane.py" line="200"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="58"/>
        <source>Details of the selected record</source>
        <translation>Detalles del registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="125"/>
        <source>This record cannot be read from the open store: {error}</source>
        <translation>Este registro no se puede leer de la base de datos abierta: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="178"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="195"/>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="196"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="197"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="198"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="199"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="203"/>
        <source>Select an episode in the table or on the timeline to read what happened, who was involved, and the source passages.</source>
        <translation>Seleccione un episodio en la tabla o en la línea de tiempo para leer qué pasó, quiénes participaron y los pasajes de las fuentes.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/pane.py" line="207"/>
        <source>This record is not in the open store.</source>
        <translation>Este registro no está en la base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="48"/>
        <source>Cannot open this store</source>
        <translation>No se puede abrir esta base de datos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="49"/>
        <source>&lt;b&gt;{app} cannot open the store&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>&lt;b&gt;{app} no puede abrir la base de datos&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="53"/>
        <source>Return to Bundled Store</source>
        <translation>Volver a la base incluida</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="55"/>
        <source>Choose Another File…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="58"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="61"/>
        <source>Keep Current Store</source>
        <translation>Mantener la base actual</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="82"/>
        <source>The bundled store is damaged</source>
        <translation>La base de datos incluida está dañada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="84"/>
        <source>The store shipped with {app} cannot be opened:</source>
        <translation>No se puede abrir la base de datos que trae {app}:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="87"/>
        <source>Reinstall the application to repair it.</source>
        <translation>Reinstale la aplicación para repararla.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="113"/>
        <source>Open a Relations Store</source>
        <translation>Abrir una base de datos de relaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="115"/>
        <source>Relations stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de datos de relaciones (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="130"/>
        <source>CSV with citations: one row per cited passage (*.csv)</source>
        <translation>CSV con citas: una fila por pasaje citado (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="134"/>
        <source>Export Table as CSV</source>
        <translation>Exportar tabla como CSV</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="221"/>
        <source>Log folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="230"/>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta del registro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="233"/>
        <source>Copy Log Folder Path</source>
        <translation>Copiar ruta de la carpeta del registro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="184"/>
        <source>Cite this dataset</source>
        <translation>Cómo citar este conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="195"/>
        <source>Every episode and every number in this store cites the passage it comes from. Works offline; nothing is sent anywhere.</source>
        <translation>Cada episodio y cada número de esta base de datos cita el pasaje del que proviene. Funciona sin conexión; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="202"/>
        <source>Dataset version</source>
        <translation>Versión del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="203"/>
        <source>Store</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="204"/>
        <source>Sources and their rights</source>
        <translation>Fuentes y sus derechos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="207"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/dialogs.py" line="209"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Move in the table</source>
        <translation type="vanished">Moverse en la tabla</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up/Down</source>
        <translation type="vanished">Flechas, Re Pág/Av Pág</translation>
    </message>
    <message>
        <source>Tick or untick a facet value</source>
        <translation type="vanished">Marcar o desmarcar un valor de una faceta</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="vanished">Espacio o Intro</translation>
    </message>
    <message>
        <source>Clear the search; again: clear all filters</source>
        <translation type="vanished">Borrar la búsqueda; otra vez: quitar todos los filtros</translation>
    </message>
    <message>
        <source>Esc in the search box</source>
        <translation type="vanished">Esc en el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="vanished">Pasar de un control a otro</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="vanished">Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="vanished">Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="36"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="65"/>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="68"/>
        <source>Show Details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="97"/>
        <source>{app} could not finish what it was doing.</source>
        <translation>{app} no pudo terminar lo que estaba haciendo.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="99"/>
        <source>{app} ran into {count} problems.</source>
        <translation>{app} encontró {count} problemas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="102"/>
        <source>What went wrong: {error}</source>
        <translation>Qué falló: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="105"/>
        <source>The details are also in the log: {path}</source>
        <translation>Los detalles también están en el registro: {path}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="107"/>
        <source>The log could not be written.</source>
        <translation>No se pudo escribir el registro.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="110"/>
        <source>The app is still running: close this message and carry on. If it happens again, use Copy Details and send them with a bug report.</source>
        <translation>La aplicación sigue funcionando: cierre este mensaje y continúe. Si vuelve a ocurrir, use Copiar detalles y envíelos con un informe de error.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/error_dialog.py" line="125"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="26"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="27"/>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="28"/>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="35"/>
        <source>The sources</source>
        <translation>las fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="46"/>
        <source>Export Sources</source>
        <translation>Exportar fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="62"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="62"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/citing/sources_export.py" line="65"/>
        <source>Wrote {count} sources and the dataset&apos;s own entry to {path}.</source>
        <translation>Se escribieron {count} fuentes y la entrada del propio conjunto de datos en {path}.</translation>
    </message>
</context>
<context>
    <name>FacetList</name>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="122"/>
        <source>Find in {title}…</source>
        <translation>Buscar en {title}…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="123"/>
        <source>Find in {title}</source>
        <translation>Buscar en {title}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="148"/>
        <source>{label}: {count} episode</source>
        <translation>{label}: {count} episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="149"/>
        <source>{label}: {count} episodes</source>
        <translation>{label}: {count} episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="154"/>
        <source>{label}, {count} episode{state}</source>
        <translation>{label}, {count} episodio{state}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="155"/>
        <source>{label}, {count} episodes{state}</source>
        <translation>{label}, {count} episodios{state}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/facet_list.py" line="159"/>
        <source>, chosen</source>
        <translation>, elegido</translation>
    </message>
</context>
<context>
    <name>FigureCaption</name>
    <message>
        <source>The image could not be written.</source>
        <translation type="vanished">No se pudo escribir la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="238"/>
        <source>The caption&apos;s sources</source>
        <translation>las fuentes del pie de figura</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="246"/>
        <source>Copy failed</source>
        <translation>No se pudo copiar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="270"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="270"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="271"/>
        <source>Export with caption</source>
        <translation>Exportar con pie de figura</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="281"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="281"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="298"/>
        <source>Copy image with caption</source>
        <translation>Copiar imagen con pie de figura</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="300"/>
        <source>Save PNG with caption…</source>
        <translation>Guardar PNG con pie de figura…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/caption.py" line="302"/>
        <source>Save SVG with caption…</source>
        <translation>Guardar SVG con pie de figura…</translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="30"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="35"/>
        <source>Clear all</source>
        <translation>Quitar todo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="37"/>
        <source>Remove the search, facets and date range at once</source>
        <translation>Quitar de una vez la búsqueda, las facetas y el rango de fechas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="41"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="42"/>
        <location filename="../../src/explorer/ui/filters/panel.py" line="48"/>
        <source>any of</source>
        <translation>cualquiera de</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="48"/>
        <source>Decade</source>
        <translation>Década</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="52"/>
        <source>Countries and actors</source>
        <translation>Países y actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="52"/>
        <source>all of</source>
        <translation>todos a la vez</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="99"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="99"/>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="100"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="101"/>
        <source>The date range, kind, decade and actor filters apply to episodes only; the {what} list follows the search alone.</source>
        <translation>Los filtros de fechas, tipo, década y actores se aplican solo a los episodios; la lista de {what} sigue solo a la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="111"/>
        <source>{decade}s</source>
        <translation>década de {decade}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="152"/>
        <location filename="../../src/explorer/ui/filters/panel.py" line="154"/>
        <source>Updating the counts…</source>
        <translation>Actualizando los conteos…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="164"/>
        <source>Active filters: {count}</source>
        <translation>Filtros activos: {count}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/panel.py" line="166"/>
        <source>No filters</source>
        <translation>Sin filtros</translation>
    </message>
</context>
<context>
    <name>GlyphKey</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="133"/>
        <source>Key to the timeline&apos;s marks</source>
        <translation>Clave de las marcas de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="135"/>
        <source>exact date</source>
        <translation>fecha exacta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="136"/>
        <source>approximate (month, year, decade)</source>
        <translation>aproximada (mes, año, década)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="137"/>
        <source>span, fading where its ends are uncertain</source>
        <translation>período, difuminado donde sus extremos son inciertos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="138"/>
        <source>uncertain (?, ~)</source>
        <translation>incierta (?, ~)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="139"/>
        <source>sources disagree</source>
        <translation>las fuentes discrepan</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="140"/>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
</context>
<context>
    <name>ImportMenus</name>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="39"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="42"/>
        <source>&amp;My Stores</source>
        <translation>&amp;Mis almacenes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="92"/>
        <source>No stores opened yet</source>
        <translation>Todavía no se ha abierto ningún almacén</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="98"/>
        <source>Bundled store (Peru&apos;s foreign relations)</source>
        <translation>Almacén incluido (relaciones exteriores del Perú)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="105"/>
        <source>{title} ({count} episodes)</source>
        <translation>{title} ({count} episodios)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="114"/>
        <source>No stores of your own yet</source>
        <translation>Todavía no tiene almacenes propios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="122"/>
        <source>Choose Spreadsheets to Import</source>
        <translation>Elegir hojas de cálculo para importar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="123"/>
        <source>Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="155"/>
        <source>Importing needs parts missing from this installation of Relations Explorer ({missing}). Reinstall it (python3 -m pip install --force-reinstall relations-explorer), or use the relations-explorer import command where it works.</source>
        <translation>La importación necesita partes que faltan en esta instalación de Relations Explorer ({missing}). Reinstálela (python3 -m pip install --force-reinstall relations-explorer) o use la orden relations-explorer import donde funcione.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.CSV);;All files (*)</source>
        <translation type="vanished">Hojas de cálculo (*.csv *.tsv *.tab *.txt *.xlsx *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="150"/>
        <source>Made {name}: {summary}</source>
        <translation>Creado {name}: {summary}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="155"/>
        <source>New Store from Spreadsheet</source>
        <translation>Nuevo almacén desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Importing needs parts this installation of Relations Explorer does not have ({missing}). Install them with: pip install relations-explorer[import] — or use the relations-explorer import command where they are installed.</source>
        <translation type="vanished">Para importar hacen falta partes que esta instalación de Relations Explorer no tiene ({missing}). Instálelas con: pip install relations-explorer[import], o use la orden relations-explorer import donde estén instaladas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="166"/>
        <source>Save Filled Example Spreadsheet</source>
        <translation>Guardar hoja de ejemplo completada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="166"/>
        <source>Save Blank Import Template</source>
        <translation>Guardar plantilla de importación en blanco</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="169"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="180"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/menu.py" line="193"/>
        <source>Notes are unavailable: {error}</source>
        <translation>Las notas no están disponibles: {error}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../src/explorer/ui/ingest/preview.py" line="38"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/preview.py" line="43"/>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/preview.py" line="43"/>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/preview.py" line="44"/>
        <source>number</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/preview.py" line="54"/>
        <source>uncited</source>
        <translation>sin cita</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="19"/>
        <source>“{text}”: the year {year} is outside {earliest}–{latest}.</source>
        <translation>“{text}”: el año {year} está fuera de {earliest}–{latest}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="20"/>
        <source>“{text}”: the year “{year}” is not a number.</source>
        <translation>“{text}”: el año “{year}” no es un número.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="21"/>
        <source>“{text}”: a day is given without its month.</source>
        <translation>“{text}”: se da un día sin su mes.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="22"/>
        <source>“{text}”: “{month}” is not a month.</source>
        <translation>“{text}”: “{month}” no es un mes.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="23"/>
        <source>“{text}”: the day “{day}” is not a number.</source>
        <translation>“{text}”: el día “{day}” no es un número.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="24"/>
        <source>“{text}”: {month} {year} has no day {day}.</source>
        <translation>“{text}”: {month} de {year} no tiene día {day}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="25"/>
        <source>“{text}” has no date in it.</source>
        <translation>“{text}” no contiene ninguna fecha.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="26"/>
        <source>“{text}”: there is no such century here.</source>
        <translation>“{text}”: aquí no existe ese siglo.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="27"/>
        <source>“{text}” could be day/month or month/day: write it as {first} or {second}.</source>
        <translation>“{text}” puede ser día/mes o mes/día: escríbala como {first} o {second}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="30"/>
        <source>“{text}” is not a date this import can read.</source>
        <translation>“{text}” no es una fecha que esta importación pueda leer.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="31"/>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="32"/>
        <source>The date cell is too long to be a date.</source>
        <translation>La celda de la fecha es demasiado larga para ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="33"/>
        <source>“{text}” ends before it starts.</source>
        <translation>“{text}” termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="34"/>
        <source>not a GDELT event row ({count} columns; GDELT has 57, 58 or 61)</source>
        <translation>no es una fila de eventos de GDELT ({count} columnas; GDELT tiene 57, 58 o 61)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="35"/>
        <source>has {count} columns; this file&apos;s rows have {expected}</source>
        <translation>tiene {count} columnas; las filas de este archivo tienen {expected}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="36"/>
        <source>“{code}” is not a CAMEO root code (01–20)</source>
        <translation>“{code}” no es un código raíz CAMEO (01–20)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="37"/>
        <source>“{code}” is not a CAMEO code</source>
        <translation>“{code}” no es un código CAMEO</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="38"/>
        <source>CAMEO codes saved as numbers lost their leading zero (“{code}”); they were read as “{restored}”</source>
        <translation>los códigos CAMEO guardados como números perdieron su cero inicial (“{code}”); se leyeron como “{restored}”</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="42"/>
        <source>no Year: TimelineJS needs one for every event</source>
        <translation>sin Year: TimelineJS necesita uno para cada evento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="43"/>
        <source>column not in the template; it is ignored</source>
        <translation>columna que no está en la plantilla; se ignora</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="44"/>
        <source>the file has no column {columns}</source>
        <translation>el archivo no tiene la columna {columns}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="45"/>
        <source>choose the column with the date (or the year)</source>
        <translation>elija la columna con la fecha (o el año)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="46"/>
        <source>choose the column with the title</source>
        <translation>elija la columna con el título</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="47"/>
        <source>the cell is {length} characters long; the limit is {limit}</source>
        <translation>la celda tiene {length} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="48"/>
        <source>there is no row to import</source>
        <translation>no hay ninguna fila que importar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="49"/>
        <source>{file} holds no template CSV (episodes.csv, actors.csv, …).</source>
        <translation>{file} no contiene ningún CSV de la plantilla (episodes.csv, actors.csv, …).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="50"/>
        <source>{file} has no sheet with anything in it.</source>
        <translation>{file} no tiene ninguna hoja con contenido.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="51"/>
        <source>unknown format {format}</source>
        <translation>formato desconocido {format}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="52"/>
        <source>cannot be read ({error}).</source>
        <translation>no se puede leer ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="53"/>
        <source>{file} is not a text table (it holds binary data).</source>
        <translation>{file} no es una tabla de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="54"/>
        <source>{file} cannot be read as CSV ({error}).</source>
        <translation>{file} no se puede leer como CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="55"/>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="56"/>
        <source>{file} [{sheet}] has {count} columns; an import reads at most {limit}.</source>
        <translation>{file} [{sheet}] tiene {count} columnas; una importación lee como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="59"/>
        <source>{file} has {count} columns; an import reads at most {limit}.</source>
        <translation>{file} tiene {count} columnas; una importación lee como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="60"/>
        <source>{file} row {row}: cannot be read as CSV ({error}).</source>
        <translation>{file} fila {row}: no se puede leer como CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="61"/>
        <source>Reading .xlsx needs the openpyxl package (python3 -m pip install openpyxl); or save the sheet as CSV.</source>
        <translation>Para leer .xlsx se necesita el paquete openpyxl (python3 -m pip install openpyxl); o guarde la hoja como CSV.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="65"/>
        <source>Reading {file} needs the python-calamine package (python3 -m pip install python-calamine); or save the sheet as .xlsx or .csv.</source>
        <translation>Para leer {file} se necesita el paquete python-calamine (python3 -m pip install python-calamine); o guarde la hoja como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="69"/>
        <source>{file} is not a readable XLSX workbook ({error}).</source>
        <translation>{file} no es un libro XLSX legible ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="70"/>
        <source>{file} is not a readable OpenDocument spreadsheet ({error}).</source>
        <translation>{file} no es una hoja de cálculo OpenDocument legible ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="71"/>
        <source>{file} [{sheet}] cannot be read ({error}).</source>
        <translation>{file} [{sheet}] no se puede leer ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="72"/>
        <source>{file} [{sheet}] row {row}: {error}</source>
        <translation>{file} [{sheet}] fila {row}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="73"/>
        <source>{file} is not a file.</source>
        <translation>{file} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="74"/>
        <source>{file} is an old Excel .xls file: save it as .xlsx or .csv.</source>
        <translation>{file} es un archivo .xls antiguo de Excel: guárdelo como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="75"/>
        <source>{file} is not UTF-8; it was read as Windows-1252 (Western European), as Excel on Windows saves CSV. Check accented letters in the preview.</source>
        <translation>{file} no está en UTF-8; se leyó como Windows-1252 (Europa occidental), como guarda los CSV Excel en Windows. Revise las letras acentuadas en la vista previa.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="79"/>
        <source>column {column} contains U+FFFD</source>
        <translation>la columna {column} contiene U+FFFD (un carácter perdido)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="80"/>
        <source>no quote: every record must cite the words it rests on</source>
        <translation>sin cita: todo registro debe citar las palabras en que se apoya</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="81"/>
        <source>quote not found in data/texts/{source}.txt: {quote}</source>
        <translation>la cita no está en data/texts/{source}.txt: {quote}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="82"/>
        <source>actor needs id and name</source>
        <translation>el actor necesita id y name</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="83"/>
        <source>unknown actor kind {kind}</source>
        <translation>tipo de actor desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="84"/>
        <source>{column}: not a valid EDTF date: {text}</source>
        <translation>{column}: no es una fecha EDTF válida: {text}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="85"/>
        <source>{column}: EDTF date without finite bounds: {text}</source>
        <translation>{column}: fecha EDTF sin límites finitos: {text}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="86"/>
        <source>end {end} ({end_lo}–{end_hi}) can fall before start {start} ({start_lo}–{start_hi})</source>
        <translation>el fin {end} ({end_lo}–{end_hi}) puede caer antes del inicio {start} ({start_lo}–{start_hi})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="89"/>
        <source>date_text is not the source&apos;s words: {part} does not occur in its text (put explanations in date_note)</source>
        <translation>date_text no son las palabras de la fuente: {part} no aparece en su texto (ponga las explicaciones en date_note)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="93"/>
        <source>unknown role {role} for {actor}</source>
        <translation>papel desconocido {role} para {actor}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="94"/>
        <source>cites {same_as}, whose own row is refused</source>
        <translation>cita {same_as}, cuya propia fila se rechaza</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="95"/>
        <source>id {id} already defined at {place} (add a same_as row to cite it again)</source>
        <translation>el id {id} ya está definido en {place} (añada una fila same_as para citarlo de nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="98"/>
        <source>unknown episode kind {kind}</source>
        <translation>tipo de episodio desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="99"/>
        <source>unknown period kind {kind}</source>
        <translation>tipo de periodo desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="100"/>
        <source>unknown country {country}</source>
        <translation>país desconocido {country}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="101"/>
        <source>unknown actor {actor}</source>
        <translation>actor desconocido {actor}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="102"/>
        <source>series {id} already defined at {place}</source>
        <translation>la serie {id} ya está definida en {place}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="103"/>
        <source>unknown unit {unit}</source>
        <translation>unidad desconocida {unit}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="104"/>
        <source>scale is not a number: {value}</source>
        <translation>scale no es un número: {value}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="105"/>
        <source>{column} names unknown actor {actor}</source>
        <translation>{column} nombra un actor desconocido {actor}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="106"/>
        <source>unknown series {series}</source>
        <translation>serie desconocida {series}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="107"/>
        <source>observation {key} already given at {place}</source>
        <translation>la observación {key} ya se dio en {place}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="108"/>
        <source>no value_text (write the cell as printed)</source>
        <translation>sin value_text (escriba la celda como está impresa)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="109"/>
        <source>value is not a number: {value}</source>
        <translation>value no es un número: {value}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="110"/>
        <source>unknown flag {flag}</source>
        <translation>marca desconocida {flag}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="111"/>
        <source>flag {flag} needs a flag_reason</source>
        <translation>la marca {flag} necesita un flag_reason</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="112"/>
        <source>same_as names no defined episode: {same_as}</source>
        <translation>same_as no nombra ningún episodio definido: {same_as}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="113"/>
        <source>same_as names no defined period: {same_as}</source>
        <translation>same_as no nombra ningún periodo definido: {same_as}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="114"/>
        <source>unknown subject_type {kind} (actor or source)</source>
        <translation>subject_type desconocido {kind} (actor o source)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="115"/>
        <source>{kind} field {field} takes no provenance</source>
        <translation>el campo {field} de {kind} no admite procedencia</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="116"/>
        <source>no actor {id}</source>
        <translation>no hay actor {id}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="117"/>
        <source>no source {id}</source>
        <translation>no hay fuente {id}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="118"/>
        <source>{kind} {id} has no {field} to give a provenance for</source>
        <translation>{kind} {id} no tiene {field} de la que dar la procedencia</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="119"/>
        <source>basis curator needs the reference the curators used</source>
        <translation>la base curator necesita la referencia que usaron los curadores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="120"/>
        <source>basis source needs source, quote and locator</source>
        <translation>la base source necesita source, quote y locator</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="121"/>
        <source>basis must be source or curator, not {basis}</source>
        <translation>la base debe ser source o curator, no {basis}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="122"/>
        <source>no locator</source>
        <translation>sin localizador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="123"/>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="124"/>
        <source>no {column}</source>
        <translation>falta {column}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="152"/>
        <source>{file} [{sheet}]</source>
        <translation>{file} [{sheet}]</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="154"/>
        <source>{where} row {row}</source>
        <translation>{where} fila {row}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="156"/>
        <source>{where}, column {column}</source>
        <translation>{where}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="160"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="167"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="170"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="171"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="176"/>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="176"/>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="176"/>
        <source>periods</source>
        <translation>periodos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="177"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="177"/>
        <source>observations</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="178"/>
        <source>provenance records</source>
        <translation>registros de procedencia</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="180"/>
        <source>read {rows} rows; imported {made}</source>
        <translation>leídas {rows} filas; importados {made}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="181"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="184"/>
        <source>; {n} uncited</source>
        <translation>; {n} sin cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="186"/>
        <source>; rejected {n} rows</source>
        <translation>; {n} filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/problem_texts.py" line="188"/>
        <source>; {n} problem(s)</source>
        <translation>; {n} problema(s)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="16"/>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="17"/>
        <source>Immigration policy</source>
        <translation>Política migratoria</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="18"/>
        <source>Deportation</source>
        <translation>Deportación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="19"/>
        <source>Diplomatic</source>
        <translation>Diplomático</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="20"/>
        <source>Treaty</source>
        <translation>Tratado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="21"/>
        <source>Trade agreement</source>
        <translation>Acuerdo comercial</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="22"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="23"/>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="24"/>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="25"/>
        <source>Coup</source>
        <translation>Golpe de Estado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="26"/>
        <source>Domestic politics</source>
        <translation>Política interna</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="27"/>
        <source>War</source>
        <translation>Guerra</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="28"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="29"/>
        <source>Aid</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="30"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="31"/>
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="32"/>
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="33"/>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="34"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="35"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="39"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="40"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="41"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="42"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="43"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="44"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="45"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="51"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="52"/>
        <source>signatory</source>
        <translation>firmante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="53"/>
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="54"/>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="55"/>
        <source>donor</source>
        <translation>donante</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="56"/>
        <source>recipient</source>
        <translation>receptor</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="57"/>
        <source>lender</source>
        <translation>prestamista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="58"/>
        <source>borrower</source>
        <translation>prestatario</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="59"/>
        <source>investor</source>
        <translation>inversionista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="60"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="61"/>
        <source>perpetrator</source>
        <translation>perpetrador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="62"/>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="63"/>
        <source>mediator</source>
        <translation>mediador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="64"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="65"/>
        <source>agency</source>
        <translation>organismo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="66"/>
        <source>subject</source>
        <translation>sujeto</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="67"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="72"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="73"/>
        <source>Working paper</source>
        <translation>Documento de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="74"/>
        <source>Country study</source>
        <translation>Estudio de país</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="75"/>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="76"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="81"/>
        <source>ODA, total</source>
        <translation>ODA, total</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="82"/>
        <source>ODA grants</source>
        <translation>ODA: donaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="83"/>
        <source>ODA loans</source>
        <translation>ODA: préstamos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="84"/>
        <source>FDI flows</source>
        <translation>IED: flujos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="85"/>
        <source>FDI stock</source>
        <translation>IED: stock</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="86"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="87"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="88"/>
        <source>Trade, total</source>
        <translation>Comercio, total</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="89"/>
        <source>Trade balance</source>
        <translation>Balanza comercial</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="90"/>
        <source>Trade deficit</source>
        <translation>Déficit comercial</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="91"/>
        <source>Share</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="92"/>
        <source>Growth rate</source>
        <translation>Tasa de crecimiento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="93"/>
        <source>Loan commitments</source>
        <translation>Compromisos de préstamo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="94"/>
        <source>Investment projects</source>
        <translation>Proyectos de inversión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="95"/>
        <source>Technical cooperation</source>
        <translation>Cooperación técnica</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="96"/>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="100"/>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/labels.py" line="101"/>
        <source>Copyrighted</source>
        <translation>Con derechos de autor</translation>
    </message>
</context>
<context>
    <name>LaneAxis</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/legend.py" line="41"/>
        <source>The number beside each lane counts its episodes that the filters keep.</source>
        <translation>El número junto a cada carril cuenta sus episodios que los filtros conservan.</translation>
    </message>
</context>
<context>
    <name>LessonList</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/lists.py" line="112"/>
        <source>Views in this lesson, in order</source>
        <translation>Vistas de esta lección, en orden</translation>
    </message>
</context>
<context>
    <name>LessonLists</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/lists.py" line="22"/>
        <source>Missing view (deleted)</source>
        <translation>Vista que falta (eliminada)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/lists.py" line="25"/>
        <source>This view was deleted; the presentation says so when it gets there.</source>
        <translation>Esta vista se eliminó; la presentación lo indica cuando llega a ella.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/lists.py" line="34"/>
        <source>{title} (imported, differs from yours)</source>
        <translation>{title} (importada, distinta de la suya)</translation>
    </message>
</context>
<context>
    <name>LessonWebPage</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="95"/>
        <source>A view that is no longer saved</source>
        <translation>Una vista que ya no está guardada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="96"/>
        <source>This view was deleted; it is left out.</source>
        <translation>Esta vista fue eliminada; se omite.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="119"/>
        <source>Relations Explorer · dataset {version}</source>
        <translation>Relations Explorer · conjunto de datos {version}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="122"/>
        <source>Skip to the lesson</source>
        <translation>Ir a la lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="123"/>
        <source>Views in this lesson</source>
        <translation>Vistas de esta lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="124"/>
        <source>Teacher&apos;s notes</source>
        <translation>Notas del docente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="125"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="126"/>
        <source>Made with Relations Explorer from the dataset {title}, version {version}. Every record cites the passage of the document it comes from.</source>
        <translation>Hecho con Relations Explorer a partir del conjunto de datos {title}, versión {version}. Cada registro cita el pasaje del documento del que proviene.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="138"/>
        <source>The lesson&apos;s page</source>
        <translation>la página de la lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="156"/>
        <source>Export as Web Page</source>
        <translation>Exportar como página web</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="157"/>
        <source>There is no lesson yet: make one in Views and Lessons (Ctrl+Shift+L).</source>
        <translation>Todavía no hay ninguna lección: cree una en Vistas y lecciones (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="162"/>
        <source>Export Lesson as Web Page</source>
        <translation>Exportar lección como página web</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="163"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="170"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="170"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/web_page.py" line="174"/>
        <source>Wrote the lesson “{title}” to {path}.</source>
        <translation>Se escribió la lección «{title}» en {path}.</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="43"/>
        <source>Views and Lessons</source>
        <translation>Vistas y lecciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="51"/>
        <source>No lessons yet. Save a few views (Ctrl+Shift+S), then press New Lesson…</source>
        <translation>Aún no hay lecciones. Guarde algunas vistas (Ctrl+Mayús+S) y luego pulse Nueva lección…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="54"/>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="168"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="58"/>
        <source>No saved views yet. Set the window up as you want to show it, then press Save Current View… (Ctrl+Shift+S).</source>
        <translation>Aún no hay vistas guardadas. Prepare la ventana como quiera mostrarla y luego pulse Guardar la vista actual… (Ctrl+Mayús+S).</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="66"/>
        <source>What the selected view holds</source>
        <translation>Qué contiene la vista seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="74"/>
        <source>&amp;New Lesson…</source>
        <translation>&amp;Nueva lección…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="75"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="76"/>
        <source>Delete Lesson</source>
        <translation>Eliminar lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="78"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="80"/>
        <source>Save the lesson and its views to a file to share</source>
        <translation>Guardar la lección y sus vistas en un archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="83"/>
        <source>As &amp;Web Page…</source>
        <translation>Como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="85"/>
        <source>One HTML file with each view&apos;s picture, caption, sources and notes</source>
        <translation>Un solo archivo HTML con la imagen, el pie, las fuentes y las notas de cada vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="88"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="90"/>
        <source>Add the views and lessons of a shared file</source>
        <translation>Añadir las vistas y lecciones de un archivo compartido</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="93"/>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="93"/>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="96"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="96"/>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="99"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="101"/>
        <source>Take the view out of the lesson (Delete); it stays saved</source>
        <translation>Sacar la vista de la lección (Supr); sigue guardada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="104"/>
        <source>&amp;Present (F5)</source>
        <translation>&amp;Presentar (F5)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="106"/>
        <source>Show the lesson full screen, one view at a time</source>
        <translation>Mostrar la lección a pantalla completa, una vista a la vez</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="110"/>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Guardar la vista actual…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="112"/>
        <source>Save what the window shows now as a view</source>
        <translation>Guardar como vista lo que muestra ahora la ventana</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="115"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="115"/>
        <source>Put the window into this view (Enter)</source>
        <translation>Poner la ventana en esta vista (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="117"/>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="118"/>
        <source>Delete View</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="120"/>
        <source>◀ &amp;Add to Lesson</source>
        <translation>◀ &amp;Añadir a la lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="122"/>
        <source>Add the selected views to the lesson (Insert)</source>
        <translation>Añadir las vistas seleccionadas a la lección (Insert)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="171"/>
        <source>Views in the lesson (drag to reorder)</source>
        <translation>Vistas de la lección (arrastre para reordenar)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="175"/>
        <source>Saved views (drag into the lesson)</source>
        <translation>Vistas guardadas (arrástrelas a la lección)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="195"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vista</numerusform>
            <numerusform>%n vistas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="224"/>
        <source>Saved views are kept with your notes, which are not open: nothing can be saved in this session.</source>
        <translation>Las vistas guardadas se conservan con sus notas, que no están abiertas: no se puede guardar nada en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="231"/>
        <source>Your notes are read-only in this session: views and lessons can be shown and presented, not changed.</source>
        <translation>Sus notas son de solo lectura en esta sesión: las vistas y lecciones se pueden mostrar y presentar, pero no cambiar.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="278"/>
        <source>New Lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="278"/>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="289"/>
        <source>Lesson title:</source>
        <translation>Título de la lección:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="289"/>
        <source>Rename Lesson</source>
        <translation>Renombrar lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="297"/>
        <source>Delete the lesson “{title}”? Its views stay saved.</source>
        <translation>¿Eliminar la lección «{title}»? Sus vistas siguen guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="341"/>
        <source>The window now shows “{title}”.</source>
        <translation>La ventana muestra ahora «{title}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="354"/>
        <source>Delete %n saved view(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n vista guardada?</numerusform>
            <numerusform>¿Eliminar %n vistas guardadas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="356"/>
        <source>They are also taken out of: {lessons}.</source>
        <translation>También se quitan de: {lessons}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="372"/>
        <source>Export Lesson</source>
        <translation>Exportar lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="373"/>
        <source>Lesson file (*.json)</source>
        <translation>Archivo de lección (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="384"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="403"/>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="406"/>
        <source>Import Lesson</source>
        <translation>Importar lección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/dialog.py" line="407"/>
        <source>Lesson file (*.json);;All files (*)</source>
        <translation>Archivo de lección (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/lists.py" line="87"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="149"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="185"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="195"/>
        <location filename="../../src/explorer/ui/main_window.py" line="222"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="336"/>
        <source>Notes are unavailable: {error}</source>
        <translation>Las notas no están disponibles: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="343"/>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="343"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="344"/>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="344"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="346"/>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} de {total} {what}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="473"/>
        <source>Select an episode, series or source to write a note on it.</source>
        <translation>Seleccione un episodio, una serie o una fuente para escribir una nota sobre él.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="543"/>
        <source>Its details are in the Details pane: press {keys} to show it.</source>
        <translation>Sus detalles están en el panel Detalles: pulse {keys} para mostrarlo.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid search expression; searched for its words instead.</source>
        <translation type="vanished">«{text}» no es una expresión de búsqueda válida; se buscaron sus palabras.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="352"/>
        <source>Dataset {version}</source>
        <translation>Conjunto de datos {version}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="422"/>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="435"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="441"/>
        <source>Wrote {count} row to {path}</source>
        <translation>Se escribió {count} fila en {path}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="442"/>
        <source>Wrote {count} rows to {path}</source>
        <translation>Se escribieron {count} filas en {path}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="453"/>
        <source>Select one or more episodes to compare.</source>
        <translation>Seleccione uno o más episodios para comparar.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/main_window.py" line="458"/>
        <source>Episodes in the comparison: {count} (at most 4).</source>
        <translation>Episodios en la comparación: {count} (máximo 4).</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="41"/>
        <source>Choose What Each Column Holds</source>
        <translation>Elegir qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="44"/>
        <source>Date (or range), as written</source>
        <translation>Fecha (o intervalo), tal como está escrita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="45"/>
        <source>End date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="46"/>
        <source>Year (if the date is in separate columns)</source>
        <translation>Año (si la fecha está en columnas separadas)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="47"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="48"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="49"/>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="95"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="50"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="51"/>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="95"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="52"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="53"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="54"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="55"/>
        <source>Page or place in the source</source>
        <translation>Página o lugar en la fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="56"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="58"/>
        <source>{file} is not a kind of table the import knows. Choose which column holds what; the preview below shows how the first rows will be read.</source>
        <translation>{file} no es un tipo de tabla que la importación conozca. Elija qué contiene cada columna; la vista previa de abajo muestra cómo se leerán las primeras filas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="88"/>
        <source>Actors ({n}), and their role</source>
        <translation>Actores ({n}) y su papel</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="94"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="94"/>
        <source>As written</source>
        <translation>Tal como está escrito</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="94"/>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="95"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="107"/>
        <source>Use This Mapping</source>
        <translation>Usar esta asignación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="127"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/mapping_dialog.py" line="161"/>
        <source>not read</source>
        <translation>no leída</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="55"/>
        <source>New Store from Spreadsheet</source>
        <translation>Nuevo almacén desde una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="68"/>
        <source>Choose Files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="72"/>
        <source>Recognise it</source>
        <translation>Reconocerlo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="72"/>
        <source>Import template</source>
        <translation>Plantilla de importación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="73"/>
        <source>TimelineJS sheet</source>
        <translation>Hoja de TimelineJS</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="73"/>
        <source>GDELT event export</source>
        <translation>Exportación de eventos de GDELT</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="74"/>
        <source>ICEWS event file</source>
        <translation>Archivo de eventos de ICEWS</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="74"/>
        <source>Long-form series</source>
        <translation>Series en formato largo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="75"/>
        <source>Other table (choose the columns)</source>
        <translation>Otra tabla (elegir las columnas)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="81"/>
        <source>What to call the new store</source>
        <translation>Cómo llamar al nuevo almacén</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="82"/>
        <source>Change Column Mapping…</source>
        <translation>Cambiar la asignación de columnas…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="95"/>
        <source>Read the files as</source>
        <translation>Leer los archivos como</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="96"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="98"/>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="101"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="98"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="98"/>
        <source>Date as written</source>
        <translation>Fecha tal como está escrita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="99"/>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="99"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="99"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="100"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="100"/>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="101"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="101"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="102"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="102"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="107"/>
        <source>How the rows are read</source>
        <translation>Cómo se leen las filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="108"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="131"/>
        <source>Check Again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="132"/>
        <source>Read the files again after fixing them</source>
        <translation>Volver a leer los archivos después de corregirlos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="134"/>
        <source>Save Rejected Rows…</source>
        <translation>Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="137"/>
        <source>Import Valid Rows Only</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="140"/>
        <source>Create Store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="144"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="189"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="205"/>
        <source>Choose Spreadsheets to Import</source>
        <translation>Elegir hojas de cálculo para importar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="206"/>
        <source>Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="226"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="236"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="256"/>
        <source>Completing the store</source>
        <translation>Completando el almacén</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="260"/>
        <source>{stage}: {rows} rows</source>
        <translation>{stage}: {rows} filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="266"/>
        <source>{stage}: %p% · {rows} rows</source>
        <translation>{stage}: %p% · {rows} filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="268"/>
        <source>{stage}: %p% · {rows} rows · about {left} left</source>
        <translation>{stage}: %p% · {rows} filas · faltan aprox. {left}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.CSV);;All files (*)</source>
        <translation type="vanished">Hojas de cálculo (*.csv *.tsv *.tab *.txt *.xlsx *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking: %v rows</source>
        <translation type="vanished">Comprobando: %v filas</translation>
    </message>
    <message>
        <source>Importing: %v rows</source>
        <translation type="vanished">Importando: %v filas</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation type="vanished">Construyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="275"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="276"/>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="285"/>
        <source>Read with the column mapping you chose before for files like this.</source>
        <translation>Leído con la asignación de columnas que eligió antes para archivos como este.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="300"/>
        <source>Choose which column is the date and the title to import this file.</source>
        <translation>Elija qué columna es la fecha y cuál el título para importar este archivo.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="315"/>
        <source>Problems ({n})</source>
        <translation>Problemas ({n})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="322"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="329"/>
        <source>Checked {read} rows: {good} can be imported ({uncited} without a citation, kept as uncited); {bad} have problems.</source>
        <translation>Se comprobaron {read} filas: {good} se pueden importar ({uncited} sin cita, que se conservan como sin cita); {bad} tienen problemas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="334"/>
        <source>These files could not be read: {files}.</source>
        <translation>No se pudieron leer estos archivos: {files}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="338"/>
        <source>Nothing was written. </source>
        <translation>No se escribió nada. </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="352"/>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="358"/>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/ingest/dialog.py" line="353"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="71"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="72"/>
        <source>Select this item in the other panes</source>
        <translation>Seleccionar este elemento en los demás paneles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="73"/>
        <source>Show the item this note is on</source>
        <translation>Mostrar el elemento al que se refiere esta nota</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="75"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="76"/>
        <source>Show the note formatted (Ctrl+Shift+V)</source>
        <translation>Mostrar la nota con formato (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="77"/>
        <source>Preview formatted note</source>
        <translation>Vista previa de la nota con formato</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="104"/>
        <source>Note text (Markdown)</source>
        <translation>Texto de la nota (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="106"/>
        <source>Write your note here. Markdown works: # heading, *italic*, **bold**, - lists. It is saved as you type.</source>
        <translation>Escriba aquí su nota. Funciona Markdown: # título, *cursiva*, **negrita**, - listas. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="119"/>
        <source>Formatted note</source>
        <translation>Nota con formato</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="125"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="126"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="136"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="146"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="234"/>
        <source>No note open</source>
        <translation>Ninguna nota abierta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="283"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Solo lectura: los cambios no se pueden guardar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="285"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="290"/>
        <source>Not saved — see the message above</source>
        <translation>No guardada — vea el mensaje de arriba</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="301"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="323"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="328"/>
        <source>Saved {time}</source>
        <translation>Guardada {time}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/editor.py" line="339"/>
        <source>⚠ This note and &lt;a href=&quot;{other}&quot;&gt;another version of it&lt;/a&gt; were changed in two places at once. Both are kept; keep what you need and delete the other.</source>
        <translation>⚠ Esta nota y &lt;a href=&quot;{other}&quot;&gt;otra versión de ella&lt;/a&gt; se cambiaron en dos lugares a la vez. Se conservan ambas; quédese con lo que necesite y elimine la otra.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="35"/>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="36"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="37"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="38"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="48"/>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="116"/>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/list_model.py" line="121"/>
        <source>conflicting version</source>
        <translation>versión en conflicto</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../src/explorer/ui/notes/controller.py" line="107"/>
        <source>Notes are not available in this session.</source>
        <translation>Las notas no están disponibles en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/controller.py" line="112"/>
        <source>Notes are read-only: {reason}</source>
        <translation>Las notas son de solo lectura: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/controller.py" line="114"/>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/controller.py" line="117"/>
        <source>The note could not be saved ({error}). Your text is kept in the editor and will be saved at the next change.</source>
        <translation>No se pudo guardar la nota ({error}). Su texto se conserva en el editor y se guardará con el próximo cambio.</translation>
    </message>
</context>
<context>
    <name>NotesOpening</name>
    <message>
        <location filename="../../src/explorer/ui/notes/opening.py" line="81"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/opening.py" line="30"/>
        <source>Your notes cannot be opened: {problem} {advice} ({path})</source>
        <translation>No se pueden abrir sus notas: {problem} {advice} ({path})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/opening.py" line="39"/>
        <source>The notes file was damaged ({damage}). It has been moved to {moved} so nothing in it is thrown away, and a fresh notes file was started at {path}.</source>
        <translation>El archivo de notas estaba dañado ({damage}). Se movió a {moved} para no perder nada de su contenido, y se empezó un archivo de notas nuevo en {path}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/opening.py" line="47"/>
        <source>Notes are read-only this session: {reason} {advice}</source>
        <translation>Las notas son de solo lectura en esta sesión: {reason} {advice}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="91"/>
        <source>Notes message</source>
        <translation>Mensaje de las notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="95"/>
        <source>Search notes…</source>
        <translation>Buscar en las notas…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="96"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="102"/>
        <source>Show notes with tag</source>
        <translation>Mostrar las notas con la etiqueta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="108"/>
        <source>This item only</source>
        <translation>Solo este elemento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="109"/>
        <source>Show only the notes on the selected item</source>
        <translation>Mostrar solo las notas del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="110"/>
        <source>Show only notes on the selected item</source>
        <translation>Mostrar solo las notas del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="126"/>
        <source>New note on the selected item</source>
        <translation>Nueva nota sobre el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="129"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="129"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="131"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="131"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="133"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="134"/>
        <source>Delete this note (undo brings it back)</source>
        <translation>Eliminar esta nota (deshacer la recupera)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="137"/>
        <location filename="../../src/explorer/ui/notes/pane.py" line="139"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="138"/>
        <source>Export or import notes</source>
        <translation>Exportar o importar notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="141"/>
        <source>Export notes to share (JSON)…</source>
        <translation>Exportar notas para compartir (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="142"/>
        <source>Export handout (Markdown)…</source>
        <translation>Exportar material para clase (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="144"/>
        <source>Import notes (JSON)…</source>
        <translation>Importar notas (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="151"/>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Deshacer {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="163"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="276"/>
        <source>Notes are not available.</source>
        <translation>Las notas no están disponibles.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="294"/>
        <source>Notes: {total}</source>
        <translation>Notas: {total}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="298"/>
        <source>{shown} of {total} note</source>
        <translation>{shown} de {total} nota</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="298"/>
        <source>{shown} of {total} notes</source>
        <translation>{shown} de {total} notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="303"/>
        <source>searched the plain words</source>
        <translation>se buscaron las palabras sueltas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="313"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="340"/>
        <source>New note on “{item}”</source>
        <translation>Nueva nota sobre «{item}»</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="342"/>
        <source>Write a note on {item} (Ctrl+Shift+N)</source>
        <translation>Escribir una nota sobre {item} (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="345"/>
        <source>Select an episode, series, figure or passage to write a note on it</source>
        <translation>Seleccione un episodio, una serie, una cifra o un pasaje para escribir una nota sobre él</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="365"/>
        <source>Notes are not available in this session.</source>
        <translation>Las notas no están disponibles en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="367"/>
        <source>Notes are read-only: {reason} {advice}</source>
        <translation>Las notas son de solo lectura: {reason} {advice}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="371"/>
        <source>The notes file was damaged and has been moved to {path}; a fresh notes file was started.</source>
        <translation>El archivo de notas estaba dañado y se movió a {path}; se empezó un archivo de notas nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="430"/>
        <source>That passage is not in the open dataset.</source>
        <translation>Ese pasaje no está en el conjunto de datos abierto.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="460"/>
        <source>Not in the open dataset (noted as “{label}”)</source>
        <translation>No está en el conjunto de datos abierto (anotado como «{label}»)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="486"/>
        <source>Note deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Nota eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="514"/>
        <source>This note was changed in another window while you typed. Your text was kept as a separate version (marked ⚠); the other window&apos;s text is unchanged.</source>
        <translation>Esta nota se cambió en otra ventana mientras usted escribía. Su texto se guardó como una versión aparte (marcada con ⚠); el texto de la otra ventana no cambió.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="561"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/pane.py" line="576"/>
        <source>Notes are read-only in this session; nothing was imported.</source>
        <translation>Las notas son de solo lectura en esta sesión; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>NotesProgress</name>
    <message>
        <location filename="../../src/explorer/ui/notes/progress.py" line="26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/progress.py" line="29"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>NotesSharing</name>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="163"/>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="163"/>
        <source>Notes file (*.json);;All files (*)</source>
        <translation>Archivo de notas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="48"/>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="57"/>
        <source>Exported %n note(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n nota a {path}.</numerusform>
            <numerusform>Se exportaron %n notas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="49"/>
        <source>Exporting notes…</source>
        <translation>Exportando notas…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="53"/>
        <source>Export cancelled; {path} was not written.</source>
        <translation>Exportación cancelada; no se escribió {path}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="64"/>
        <source>Importing notes…</source>
        <translation>Importando notas…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="81"/>
        <source>Import of {path} cancelled. Nothing was imported.</source>
        <translation>Importación de {path} cancelada. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="88"/>
        <source>{path} could not be written to your notes ({reason}). Nothing was imported.</source>
        <translation>{path} no se pudo escribir en sus notas ({reason}). No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="100"/>
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n nota nueva</numerusform>
            <numerusform>%n notas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="122"/>
        <source>%n saved comparison(s) or view(s)</source>
        <translation>
            <numerusform>%n comparación o vista guardada</numerusform>
            <numerusform>%n comparaciones o vistas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="125"/>
        <source>%n saved item(s) differing from yours: added as “(imported)”</source>
        <translation>
            <numerusform>%n elemento guardado distinto del suyo: añadido como «(importado)»</numerusform>
            <numerusform>%n elementos guardados distintos de los suyos: añadidos como «(importado)»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="131"/>
        <source>nothing new — every note in it is already here.</source>
        <translation>nada nuevo: todas sus notas ya están aquí.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="147"/>
        <source>Export notes as a handout</source>
        <translation>Exportar notas como material para clase</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="149"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="152"/>
        <source>Export notes to share</source>
        <translation>Exportar notas para compartir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="153"/>
        <source>Notes file (*.json)</source>
        <translation>Archivo de notas (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="44"/>
        <source>Notes on Peru&apos;s relations with Japan, China and Korea</source>
        <translation>Notas sobre las relaciones del Perú con Japón, China y Corea</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="98"/>
        <source>Imported {path}:</source>
        <translation>Se importó {path}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="133"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n ya estaba aquí</numerusform>
            <numerusform>%n ya estaban aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="103"/>
        <source>%n note(s) replaced by the newer version in the file (%1)</source>
        <translation>
            <numerusform>%n nota reemplazada por la versión más reciente del archivo (%1)</numerusform>
            <numerusform>%n notas reemplazadas por la versión más reciente del archivo (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="109"/>
        <source>%n note(s) changed both here and in the file: both versions kept, marked ⚠ (%1)</source>
        <translation>
            <numerusform>%n nota cambiada aquí y en el archivo: se conservan ambas versiones, marcadas con ⚠ (%1)</numerusform>
            <numerusform>%n notas cambiadas aquí y en el archivo: se conservan ambas versiones, marcadas con ⚠ (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/notes/sharing.py" line="116"/>
        <source>%n note(s) deleted here but changed in the file: brought back (%1)</source>
        <translation>
            <numerusform>%n nota eliminada aquí pero cambiada en el archivo: recuperada (%1)</numerusform>
            <numerusform>%n notas eliminadas aquí pero cambiadas en el archivo: recuperadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="68"/>
        <source>{path} is not a text file (byte {at} is not UTF-8). Nothing was imported.</source>
        <translation>{path} no es un archivo de texto (el byte {at} no es UTF-8). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="72"/>
        <source>{path} cannot be read ({reason}). Nothing was imported.</source>
        <translation>No se puede leer {path} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/sharing.py" line="77"/>
        <source>{path} cannot be imported: {problems}. Nothing was imported.</source>
        <translation>No se puede importar {path}: {problems}. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>NotesUndo</name>
    <message>
        <location filename="../../src/explorer/ui/notes/undo.py" line="48"/>
        <source>typing</source>
        <translation>la escritura</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/undo.py" line="60"/>
        <source>tag change</source>
        <translation>el cambio de etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/undo.py" line="72"/>
        <source>new note</source>
        <translation>la nota nueva</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/undo.py" line="83"/>
        <source>deleting a note</source>
        <translation>la eliminación de una nota</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="40"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="42"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="44"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="46"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="48"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="72"/>
        <location filename="../../src/explorer/ui/workspaces.py" line="114"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/docks.py" line="126"/>
        <source>This pane could not start: {error}</source>
        <translation>Este panel no pudo iniciarse: {error}</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="98"/>
        <source>Exported from Relations Explorer</source>
        <translation>Exportado desde Relations Explorer</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="122"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="123"/>
        <source>Save the plot as PNG or SVG, or copy it</source>
        <translation>Guardar el gráfico como PNG o SVG, o copiarlo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="124"/>
        <location filename="../../src/explorer/ui/plotting/export.py" line="130"/>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="59"/>
        <source>The image could not be written.</source>
        <translation>No se pudo escribir la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="101"/>
        <location filename="../../src/explorer/ui/plotting/export.py" line="107"/>
        <source>The SVG file could not be written.</source>
        <translation>No se pudo escribir el archivo SVG.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="128"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="128"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="149"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="150"/>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="151"/>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="142"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/plotting/export.py" line="143"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="45"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="50"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="51"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="55"/>
        <source>{percent} % of normal</source>
        <translation>{percent} % del tamaño normal</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="59"/>
        <source>Black on white (bright rooms)</source>
        <translation>Negro sobre blanco (salas iluminadas)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="60"/>
        <source>White on black (dark rooms)</source>
        <translation>Blanco sobre negro (salas oscuras)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="65"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="68"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="69"/>
        <source>Presentations (F5)</source>
        <translation>Presentaciones (F5)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="71"/>
        <source>Text &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="72"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/preferences.py" line="100"/>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="34"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>→ Page Down Space: next · ← Page Up: previous · Esc: leave</source>
        <translation type="vanished">→ Av Pág Espacio: siguiente · ← Re Pág: anterior · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="54"/>
        <source>→ / Page Down / Space: next · ← / Page Up: previous · Esc: leave</source>
        <translation>→ / Av Pág / Espacio: siguiente · ← / Re Pág: anterior · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="60"/>
        <source>Previous view</source>
        <translation>Vista anterior</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="61"/>
        <source>Next view</source>
        <translation>Vista siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="63"/>
        <source>Leave the presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="67"/>
        <source>Show the timeline or the table (T)</source>
        <translation>Mostrar la línea de tiempo o la tabla (T)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="69"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="70"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="147"/>
        <source>{index} / {count}</source>
        <translation>{index} / {count}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/bar.py" line="149"/>
        <source>View {index} of {count}</source>
        <translation>Vista {index} de {count}</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../src/explorer/ui/presentation/mode.py" line="114"/>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/mode.py" line="243"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/mode.py" line="264"/>
        <source>This view no longer exists</source>
        <translation>Esta vista ya no existe</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/mode.py" line="265"/>
        <source>It was deleted after the lesson was made.</source>
        <translation>Se eliminó después de armar la lección.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/presentation/mode.py" line="449"/>
        <source>Screen blanked: press any key</source>
        <translation>Pantalla en negro: pulse cualquier tecla</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <location filename="../../src/explorer/ui/safe_text.py" line="113"/>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/safe_text.py" line="114"/>
        <source>Only web addresses (http or https) can be opened from here:
{address}</source>
        <translation>Desde aquí solo se pueden abrir direcciones web (http o https):
{address}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/safe_text.py" line="130"/>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/safe_text.py" line="133"/>
        <source>Open this address in your web browser?
{address}</source>
        <translation>¿Abrir esta dirección en su navegador web?
{address}</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="28"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="29"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="30"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="31"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="32"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="33"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="34"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="48"/>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="52"/>
        <source>e.g. Peruvians registered in Japan, 1988–2000</source>
        <translation>p. ej. Peruanos registrados en Japón, 1988–2000</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="53"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="58"/>
        <source>A sentence or two shown under the title while presenting</source>
        <translation>Una o dos oraciones que se muestran bajo el título al presentar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="60"/>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="63"/>
        <source>Panes to show</source>
        <translation>Paneles que se muestran</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="74"/>
        <source>Everything else on screen is saved too: filters, search, dates, selection, the chart&apos;s series and style, the comparison.</source>
        <translation>También se guarda todo lo demás que hay en pantalla: filtros, búsqueda, fechas, selección, las series y el estilo del gráfico, la comparación.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="84"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/save_dialog.py" line="85"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Leyenda:</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="31"/>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="50"/>
        <source>Search episodes — e.g. hostage, Fujimori Japan…</source>
        <translation>Buscar episodios — p. ej. hostage, Fujimori Japan…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="32"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="34"/>
        <source>Words are matched at their start. Use quotes for a phrase, and AND, OR, NOT.</source>
        <translation>Las palabras se buscan por su comienzo. Use comillas para una frase, y AND, OR, NOT.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="51"/>
        <source>Search series — e.g. ODA, exports, Japan…</source>
        <translation>Buscar series — p. ej. ODA, exports, Japan…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="52"/>
        <source>Search actors — e.g. JICA, Fujimori…</source>
        <translation>Buscar actores — p. ej. JICA, Fujimori…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/filters/search_box.py" line="53"/>
        <source>Search sources by title, author or publisher…</source>
        <translation>Buscar fuentes por título, autor o editorial…</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="117"/>
        <source>Search series (aid, exports, Japan…)</source>
        <translation>Buscar series (aid, exports, Japan…)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="118"/>
        <source>Search series</source>
        <translation>Buscar series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="128"/>
        <source>Series by indicator and partner</source>
        <translation>Series por indicador y socio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="193"/>
        <source>No series match “{text}”.</source>
        <translation>Ninguna serie coincide con «{text}».</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="195"/>
        <source>This store has no series.</source>
        <translation>Esta base de datos no tiene series.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="20"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="21"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="22"/>
        <source>Trade balance</source>
        <translation>Balanza comercial</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="23"/>
        <source>Direct investment (flow)</source>
        <translation>Inversión directa (flujo)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="24"/>
        <source>Direct investment (stock)</source>
        <translation>Inversión directa (stock)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="25"/>
        <source>Aid: grants</source>
        <translation>Ayuda: donaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="26"/>
        <source>Aid: loans</source>
        <translation>Ayuda: préstamos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="27"/>
        <source>Aid: total</source>
        <translation>Ayuda: total</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="28"/>
        <source>Technical cooperation</source>
        <translation>Cooperación técnica</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="29"/>
        <source>Loan commitments</source>
        <translation>Compromisos de préstamo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="30"/>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="31"/>
        <source>Shares</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="32"/>
        <source>Growth rates</source>
        <translation>Tasas de crecimiento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="33"/>
        <source>Investment projects</source>
        <translation>Proyectos de inversión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="45"/>
        <source>in the text</source>
        <translation>en el texto</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/chart/picker.py" line="104"/>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="38"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="39"/>
        <source>Zoom in or out at the pointer</source>
        <translation>Acercar o alejar en el puntero</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="40"/>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="41"/>
        <source>Pan (Shift: larger steps)</source>
        <translation>Desplazar (Mayús: pasos más largos)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="42"/>
        <source>Drag, or ← →</source>
        <translation>Arrastrar, o ← →</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="43"/>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="44"/>
        <source>+ or ↑ / − or ↓</source>
        <translation>+ o ↑ / − o ↓</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="45"/>
        <source>Zoom to a span of years (Esc cancels)</source>
        <translation>Acercar a un intervalo de años (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="46"/>
        <source>Shift+drag or right-drag</source>
        <translation>Mayús+arrastrar o arrastrar con el botón derecho</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="47"/>
        <source>Zoom to an episode</source>
        <translation>Acercar a un episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="48"/>
        <source>Double-click it</source>
        <translation>Doble clic sobre él</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="49"/>
        <source>Show every episode</source>
        <translation>Mostrar todos los episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="50"/>
        <source>Zoom to the selected episode</source>
        <translation>Acercar al episodio seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="51"/>
        <source>Previous / next episode</source>
        <translation>Episodio anterior / siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="53"/>
        <source>Table and filters</source>
        <translation>Tabla y filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="54"/>
        <source>Move between rows</source>
        <translation>Moverse entre filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="55"/>
        <source>↑ ↓, Page Up / Page Down, Home / End</source>
        <translation>↑ ↓, Re Pág / Av Pág, Inicio / Fin</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="56"/>
        <source>Select several rows</source>
        <translation>Seleccionar varias filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="57"/>
        <source>Shift+↑ ↓, Ctrl+click, Shift+click</source>
        <translation>Mayús+↑ ↓, Ctrl+clic, Mayús+clic</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="58"/>
        <source>Read the row&apos;s details</source>
        <translation>Leer los detalles de la fila</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="59"/>
        <source>Enter or double-click</source>
        <translation>Intro o doble clic</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="60"/>
        <source>Copy the selected rows</source>
        <translation>Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="61"/>
        <source>Clear the search; again: clear all filters</source>
        <translation>Borrar la búsqueda; otra vez: quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="62"/>
        <source>Esc in the search box</source>
        <translation>Esc en el cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="63"/>
        <source>Tick or untick a facet value</source>
        <translation>Marcar o desmarcar un valor de una faceta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="64"/>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="65"/>
        <source>Move between controls</source>
        <translation>Pasar de un control a otro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="67"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="68"/>
        <source>New note on the selected record</source>
        <translation>Nueva nota sobre el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="69"/>
        <source>Undo / redo in the notes</source>
        <translation>Deshacer / rehacer en las notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="71"/>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="72"/>
        <source>Ctrl+F in the notes pane</source>
        <translation>Ctrl+F en el panel de notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="73"/>
        <source>Show a note formatted</source>
        <translation>Mostrar una nota con formato</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="75"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="76"/>
        <source>Next view</source>
        <translation>Vista siguiente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="77"/>
        <source>→ ↓ Page Down Space</source>
        <translation>→ ↓ Av Pág Espacio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="78"/>
        <source>Previous view</source>
        <translation>Vista anterior</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="79"/>
        <source>← ↑ Page Up Backspace</source>
        <translation>← ↑ Re Pág Retroceso</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="80"/>
        <source>First / last view</source>
        <translation>Primera / última vista</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="81"/>
        <source>Blank the screen (any key brings it back)</source>
        <translation>Oscurecer la pantalla (cualquier tecla la recupera)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="82"/>
        <source>B or .</source>
        <translation>B o .</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="83"/>
        <source>Leave the presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="147"/>
        <source>Other commands</source>
        <translation>Otras órdenes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="178"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Ningún atajo coincide con «{text}».</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="187"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="191"/>
        <source>Find a command or a key…</source>
        <translation>Buscar una orden o una tecla…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="192"/>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/shortcuts_dialog.py" line="196"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="39"/>
        <source>Source record</source>
        <translation>Registro de la fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="44"/>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="48"/>
        <source>Full text of the source</source>
        <translation>Texto completo de la fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="122"/>
        <source>The passage</source>
        <translation>El pasaje</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="129"/>
        <source>Cited by</source>
        <translation>Citado por</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="131"/>
        <source>Passages cited from this document</source>
        <translation>Pasajes citados de este documento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/detail/reader.py" line="134"/>
        <source>The full text is not included in the store</source>
        <translation>El texto completo no está incluido en la base de datos</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../src/explorer/ui/store_opening.py" line="70"/>
        <source>Checking {name} before showing it: every table it holds is read once. A large store&apos;s first opening takes a while; later ones are at once.</source>
        <translation>Revisando {name} antes de mostrarla: se lee una vez cada tabla que contiene. La primera apertura de una base de datos grande toma un rato; las siguientes son inmediatas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/store_opening.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/store_opening.py" line="79"/>
        <source>Opening a store</source>
        <translation>Abriendo una base de datos</translation>
    </message>
</context>
<context>
    <name>StoreProblem</name>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="61"/>
        <source>reading took longer than {seconds} seconds and was stopped</source>
        <translation>la lectura tardó más de {seconds} segundos y se detuvo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="65"/>
        <source>the file is damaged ({problem})</source>
        <translation>el archivo está dañado ({problem})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="67"/>
        <source>a record holds a value of the wrong kind ({problem})</source>
        <translation>un registro contiene un valor de tipo incorrecto ({problem})</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="74"/>
        <source>This store could not be read here: {problem}. The rest of the app keeps working.</source>
        <translation>Este almacén no se pudo leer aquí: {problem}. El resto de la aplicación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="91"/>
        <source>Click to hide this message</source>
        <translation>Haga clic para ocultar este mensaje</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/guarded.py" line="285"/>
        <source>{what} could not be exported: {problem}. Nothing was written.</source>
        <translation>No fue posible exportar {what}: {problem}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="128"/>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="177"/>
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="178"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="179"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="180"/>
        <location filename="../../src/explorer/ui/table/models.py" line="253"/>
        <location filename="../../src/explorer/ui/table/models.py" line="265"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="181"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="182"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="222"/>
        <source>You have a note on this episode</source>
        <translation>Tiene una nota sobre este episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="224"/>
        <source>As the source writes it: {text}</source>
        <translation>Como lo escribe la fuente: {text}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="228"/>
        <source>⚑ The sources disagree on the date</source>
        <translation>⚑ Las fuentes discrepan sobre la fecha</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="239"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="240"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="241"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="242"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="243"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="244"/>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="245"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="247"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="249"/>
        <location filename="../../src/explorer/ui/table/models.py" line="263"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="252"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="255"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="258"/>
        <source>Also called</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="260"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="264"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="266"/>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="268"/>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/models.py" line="270"/>
        <source>Full title</source>
        <translation>Título completo</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="69"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="81"/>
        <source>What the table lists</source>
        <translation>Qué muestra la tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="85"/>
        <location filename="../../src/explorer/ui/table/pane.py" line="102"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="85"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="85"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="85"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="121"/>
        <source>Copy Rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="388"/>
        <source>Nothing to search for in “{text}”: type a word.</source>
        <translation>No hay nada que buscar en «{text}»: escriba una palabra.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid search expression; searched for its words instead.</source>
        <translation type="vanished">«{text}» no es una expresión de búsqueda válida; se buscaron sus palabras.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="401"/>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="401"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="402"/>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="402"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="404"/>
        <source>{total} {what}</source>
        <translation>{total} {what}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="406"/>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} de {total} {what}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="411"/>
        <source>Nothing matches these filters. &lt;a href=&apos;clear&apos;&gt;Clear all filters&lt;/a&gt;</source>
        <translation>Nada cumple estos filtros. &lt;a href=&apos;clear&apos;&gt;Quitar todos los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="414"/>
        <source>This store has no rows here yet.</source>
        <translation>Esta base de datos aún no tiene filas aquí.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="70"/>
        <source>Date as written</source>
        <translation>Fecha tal como se escribe</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="32"/>
        <source>The table&apos;s rows</source>
        <translation>las filas de la tabla</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="50"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="50"/>
        <source>Document id</source>
        <translation>Id del documento</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="50"/>
        <source>Locator</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="50"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="71"/>
        <source>EDTF start</source>
        <translation>Inicio EDTF</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="72"/>
        <source>EDTF end</source>
        <translation>Fin EDTF</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="73"/>
        <source>Earliest (decimal year)</source>
        <translation>Lo más temprano (año decimal)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="74"/>
        <source>Latest (decimal year)</source>
        <translation>Lo más tardío (año decimal)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/csv_export.py" line="75"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="277"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="315"/>
        <source>The search also filters the episodes on the timeline: {count} match.</source>
        <translation>La búsqueda también filtra los episodios de la línea de tiempo: coinciden {count}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="337"/>
        <source>{shown}+ episodes, counting…</source>
        <translation>{shown}+ episodios, contando…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="381"/>
        <source>The search failed: {problem}</source>
        <translation>La búsqueda falló: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="392"/>
        <source>A quote mark is not closed, so this is not a valid search expression; searched for its words instead: {words}</source>
        <translation>Unas comillas no están cerradas, así que no es una expresión de búsqueda válida; se buscaron sus palabras: {words}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/table/pane.py" line="396"/>
        <source>This is not a valid search expression; searched for its words instead: {words}</source>
        <translation>No es una expresión de búsqueda válida; se buscaron sus palabras: {words}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="16"/>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="42"/>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="17"/>
        <source>Immigration policy</source>
        <translation>Política migratoria</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="18"/>
        <source>Deportation</source>
        <translation>Deportación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="19"/>
        <source>Diplomacy</source>
        <translation>Diplomacia</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="20"/>
        <source>Treaties</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="21"/>
        <source>Trade agreements</source>
        <translation>Acuerdos comerciales</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="22"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="23"/>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="24"/>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="25"/>
        <source>Coups</source>
        <translation>Golpes de Estado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="26"/>
        <source>Domestic politics</source>
        <translation>Política interna</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="27"/>
        <source>War</source>
        <translation>Guerra</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="28"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="29"/>
        <source>Aid</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="30"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="31"/>
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="32"/>
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="33"/>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="34"/>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="35"/>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="49"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="43"/>
        <source>Diplomacy &amp; visits</source>
        <translation>Diplomacia y visitas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="44"/>
        <source>Treaties &amp; forums</source>
        <translation>Tratados y foros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="45"/>
        <source>Trade &amp; investment</source>
        <translation>Comercio e inversión</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="46"/>
        <source>Aid &amp; finance</source>
        <translation>Ayuda y finanzas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="47"/>
        <source>Security &amp; law</source>
        <translation>Seguridad y derecho</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="48"/>
        <source>Politics</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="58"/>
        <source>Peru only</source>
        <translation>Solo Perú</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="60"/>
        <source>Other countries</source>
        <translation>Otros países</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="67"/>
        <source>known to the month</source>
        <translation>conocida al mes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="68"/>
        <source>known to the season</source>
        <translation>conocida a la estación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="69"/>
        <source>known to the year</source>
        <translation>conocida al año</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="70"/>
        <source>known to the decade</source>
        <translation>conocida a la década</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="71"/>
        <source>known to the century</source>
        <translation>conocida al siglo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="75"/>
        <source>uncertain</source>
        <translation>incierta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/labels.py" line="77"/>
        <source>sources disagree</source>
        <translation>las fuentes discrepan</translation>
    </message>
</context>
<context>
    <name>TimelineFooter</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="234"/>
        <source>Timeline status</source>
        <translation>Estado de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="253"/>
        <source>{total} episode · {years}</source>
        <translation>{total} episodio · {years}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="253"/>
        <source>{total} episodes · {years}</source>
        <translation>{total} episodios · {years}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="258"/>
        <source>{shown} of {total} episodes matches the filters · {years}</source>
        <translation>{shown} de {total} episodios cumple los filtros · {years}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="259"/>
        <source>{shown} of {total} episodes match the filters · {years}</source>
        <translation>{shown} de {total} episodios cumplen los filtros · {years}</translation>
    </message>
</context>
<context>
    <name>TimelineHover</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/hover.py" line="29"/>
        <source>&lt;b&gt;{count} episodes&lt;/b&gt; in {years}&lt;br&gt;&lt;i&gt;Click to zoom in&lt;/i&gt;</source>
        <translation>&lt;b&gt;{count} episodios&lt;/b&gt; en {years}&lt;br&gt;&lt;i&gt;Haga clic para acercar&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/hover.py" line="49"/>
        <source>✎ You have a note on this episode</source>
        <translation>✎ Tiene una nota sobre este episodio</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="43"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="52"/>
        <source>Timeline of episodes</source>
        <translation>Línea de tiempo de los episodios</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="54"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, [ and ] to step through episodes</source>
        <translation>Rueda o +/− para acercar o alejar, arrastre o flechas para desplazarse, [ y ] para pasar de un episodio a otro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="117"/>
        <source>Loading episodes…</source>
        <translation>Cargando episodios…</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="128"/>
        <source>The episodes could not be read: {error}</source>
        <translation>No se pudieron leer los episodios: {error}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="267"/>
        <source>Select an episode first.</source>
        <translation>Primero seleccione un episodio.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="313"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="315"/>
        <source>Add to comparison</source>
        <translation>Añadir a la comparación</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="322"/>
        <source>Zoom to this episode</source>
        <translation>Acercar a este episodio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/pane.py" line="331"/>
        <source>Fit all</source>
        <translation>Ver todo</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="79"/>
        <source>Lanes by kind</source>
        <translation>Carriles por tipo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="80"/>
        <source>Lanes by partner country</source>
        <translation>Carriles por país socio</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="81"/>
        <source>Group episodes into lanes by</source>
        <translation>Agrupar los episodios en carriles por</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="87"/>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="88"/>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="89"/>
        <source>Show or hide lanes</source>
        <translation>Mostrar u ocultar carriles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="96"/>
        <source>Go to, e.g. 1985–1990</source>
        <translation>Ir a, p. ej. 1985–1990</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="98"/>
        <source>Type a year, a decade or a range (1996, 1990s, 1985–1990) and press Enter</source>
        <translation>Escriba un año, una década o un rango (1996, 1990s, 1985–1990) y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="100"/>
        <source>Go to years</source>
        <translation>Ir a los años</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="105"/>
        <source>Fit all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="106"/>
        <source>Show every episode (Home)</source>
        <translation>Mostrar todos los episodios (Inicio)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="108"/>
        <source>Zoom to selection</source>
        <translation>Acercar a la selección</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="109"/>
        <source>Zoom to the selected episode (Z)</source>
        <translation>Acercar al episodio seleccionado (Z)</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="117"/>
        <source>Follow filters</source>
        <translation>Seguir los filtros</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="123"/>
        <source>When the filters change, fit the view to the matching episodes — until you zoom or pan by hand; Fit all (Home) follows them again</source>
        <translation>Al cambiar los filtros, ajusta la vista a los episodios que coinciden, hasta que usted acerque o desplace a mano; Ver todo (Inicio) vuelve a seguirlos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="132"/>
        <source>timeline</source>
        <translation>linea-de-tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="136"/>
        <source>Timeline message</source>
        <translation>Mensaje de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="173"/>
        <source>Show all lanes</source>
        <translation>Mostrar todos los carriles</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/timeline/toolbar.py" line="186"/>
        <source>Lanes ({shown}/{total})</source>
        <translation>Carriles ({shown}/{total})</translation>
    </message>
</context>
<context>
    <name>UnsavedNote</name>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="23"/>
        <source>A note is not saved</source>
        <translation>Hay una nota sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="24"/>
        <source>The note you are writing could not be saved, so closing now would lose it.</source>
        <translation>La nota que está escribiendo no se pudo guardar; si cierra ahora, se perdería.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="26"/>
        <source>Keep the window open and try again once the problem shown in the notes pane is solved (for example, free some disk space), or copy the note to the clipboard before closing.</source>
        <translation>Mantenga la ventana abierta y vuelva a intentarlo cuando se resuelva el problema que indica el panel de notas (por ejemplo, libere espacio en el disco), o copie la nota al portapapeles antes de cerrar.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="32"/>
        <source>Keep the window open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="33"/>
        <source>Copy the note and close</source>
        <translation>Copiar la nota y cerrar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/notes/unsaved.py" line="34"/>
        <source>Close and discard it</source>
        <translation>Cerrar y descartarla</translation>
    </message>
</context>
<context>
    <name>ViewCapture</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/capture.py" line="220"/>
        <source>This dataset has no {items}; the rest of the view is shown.</source>
        <translation>Este conjunto de datos no tiene {items}; se muestra el resto de la vista.</translation>
    </message>
</context>
<context>
    <name>ViewLibrary</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="72"/>
        <location filename="../../src/explorer/ui/lessons/library.py" line="166"/>
        <source>Saved views are kept with your notes, which are not open.</source>
        <translation>Las vistas guardadas se conservan con sus notas, que no están abiertas.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="78"/>
        <source>Saved views are kept with your notes, which are read-only in this session.</source>
        <translation>Las vistas guardadas se conservan con sus notas, que son de solo lectura en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="172"/>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="183"/>
        <source>{name} is not a text file (byte {at} is not UTF-8). Nothing was imported.</source>
        <translation>{name} no es un archivo de texto (el byte {at} no es UTF-8). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="188"/>
        <source>{name} cannot be read ({reason}). Nothing was imported.</source>
        <translation>No se puede leer {name} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="192"/>
        <source>{name} cannot be imported: {problems}. Nothing was imported.</source>
        <translation>No se puede importar {name}: {problems}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="199"/>
        <source>{name} could not be written to your notes ({reason}). Nothing was imported.</source>
        <translation>{name} no se pudo escribir en sus notas ({reason}). No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/library.py" line="213"/>
        <source>%n new view(s) or lesson(s)</source>
        <translation>
            <numerusform>%n vista o lección nueva</numerusform>
            <numerusform>%n vistas o lecciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/library.py" line="219"/>
        <source>%n replaced by the newer version in the file</source>
        <translation>
            <numerusform>%n reemplazada por la versión más reciente del archivo</numerusform>
            <numerusform>%n reemplazadas por la versión más reciente del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/library.py" line="228"/>
        <source>%n changed both here and in the file: both versions kept</source>
        <translation>
            <numerusform>%n cambiada aquí y en el archivo: se conservan ambas versiones</numerusform>
            <numerusform>%n cambiadas aquí y en el archivo: se conservan ambas versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/library.py" line="237"/>
        <source>%n deleted here but changed in the file: brought back</source>
        <translation>
            <numerusform>%n eliminada aquí pero cambiada en el archivo: recuperada</numerusform>
            <numerusform>%n eliminadas aquí pero cambiadas en el archivo: recuperadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="246"/>
        <source>nothing new — everything in it is already here</source>
        <translation>nada nuevo: todo su contenido ya está aquí</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/library.py" line="250"/>
        <source>Imported {name}:</source>
        <translation>Se importó {name}:</translation>
    </message>
</context>
<context>
    <name>ViewSummary</name>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="13"/>
        <source>an episode selected</source>
        <translation>un episodio seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="14"/>
        <source>a number selected</source>
        <translation>una cifra seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="15"/>
        <source>a series selected</source>
        <translation>una serie seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="16"/>
        <source>a passage selected</source>
        <translation>un pasaje seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="17"/>
        <source>a period selected</source>
        <translation>un período seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="18"/>
        <source>an actor selected</source>
        <translation>un actor seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="19"/>
        <source>a source selected</source>
        <translation>una fuente seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="27"/>
        <source>Shows: {panes}</source>
        <translation>Muestra: {panes}</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="33"/>
        <source>search “{text}”</source>
        <translation>búsqueda «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/lessons/summary.py" line="36"/>
        <source>active {years}</source>
        <translation>activos {years}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/summary.py" line="40"/>
        <source>%n facet(s) chosen</source>
        <translation>
            <numerusform>%n faceta elegida</numerusform>
            <numerusform>%n facetas elegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/summary.py" line="43"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/explorer/ui/lessons/summary.py" line="47"/>
        <source>comparing %n episode(s)</source>
        <translation>
            <numerusform>comparando %n episodio</numerusform>
            <numerusform>comparando %n episodios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="37"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="38"/>
        <source>The timeline over the table of episodes, series, actors and sources</source>
        <translation>La línea de tiempo sobre la tabla de episodios, series, actores y fuentes</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="40"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="41"/>
        <source>Series over time, with the episodes marked</source>
        <translation>Series a lo largo del tiempo, con los episodios marcados</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="43"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="44"/>
        <source>Episodes side by side, with the series around them</source>
        <translation>Episodios lado a lado, con las series en torno a ellos</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="46"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/explorer/ui/workspaces.py" line="47"/>
        <source>Your notes on episodes, series and sources</source>
        <translation>Sus notas sobre episodios, series y fuentes</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Cannot open this store</source>
        <translation type="vanished">No se puede abrir esta base de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} cannot open the store&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
        <translation type="vanished">&lt;b&gt;{app} no puede abrir la base de datos&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Return to Bundled Store</source>
        <translation type="vanished">Volver a la base incluida</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation type="vanished">Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Salir</translation>
    </message>
    <message>
        <source>Keep Current Store</source>
        <translation type="vanished">Mantener la base actual</translation>
    </message>
    <message>
        <source>The bundled store is damaged</source>
        <translation type="vanished">La base de datos incluida está dañada</translation>
    </message>
    <message>
        <source>The store shipped with {app} cannot be opened:</source>
        <translation type="vanished">No se puede abrir la base de datos que trae {app}:</translation>
    </message>
    <message>
        <source>Reinstall the application to repair it.</source>
        <translation type="vanished">Reinstale la aplicación para repararla.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open a Relations Store</source>
        <translation type="vanished">Abrir una base de datos de relaciones</translation>
    </message>
    <message>
        <source>Relations stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="vanished">Bases de datos de relaciones (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="vanished">Exportar tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Archivos CSV (*.csv)</translation>
    </message>
</context>
</TS>
