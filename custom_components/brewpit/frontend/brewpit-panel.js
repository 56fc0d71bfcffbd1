var Wd=Object.defineProperty;var Kd=Object.getOwnPropertyDescriptor;var b=(s,i,e,t)=>{for(var n=t>1?void 0:t?Kd(i,e):i,r=s.length-1,o;r>=0;r--)(o=s[r])&&(n=(t?o(i,e,n):o(n))||n);return t&&n&&Wd(i,e,n),n};var _n=globalThis,xn=_n.ShadowRoot&&(_n.ShadyCSS===void 0||_n.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Sr=Symbol(),ra=new WeakMap,Vi=class{constructor(i,e,t){if(this._$cssResult$=!0,t!==Sr)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=e}get styleSheet(){let i=this.o,e=this.t;if(xn&&i===void 0){let t=e!==void 0&&e.length===1;t&&(i=ra.get(e)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),t&&ra.set(e,i))}return i}toString(){return this.cssText}},wn=s=>new Vi(typeof s=="string"?s:s+"",void 0,Sr),ge=(s,...i)=>{let e=s.length===1?s[0]:i.reduce((t,n,r)=>t+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[r+1],s[0]);return new Vi(e,s,Sr)},oa=(s,i)=>{if(xn)s.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of i){let t=document.createElement("style"),n=_n.litNonce;n!==void 0&&t.setAttribute("nonce",n),t.textContent=e.cssText,s.appendChild(t)}},Er=xn?s=>s:s=>s instanceof CSSStyleSheet?(i=>{let e="";for(let t of i.cssRules)e+=t.cssText;return wn(e)})(s):s;var{is:qd,defineProperty:Zd,getOwnPropertyDescriptor:Yd,getOwnPropertyNames:Jd,getOwnPropertySymbols:Qd,getPrototypeOf:Xd}=Object,$n=globalThis,aa=$n.trustedTypes,Bd=aa?aa.emptyScript:"",eu=$n.reactiveElementPolyfillSupport,ji=(s,i)=>s,Gi={toAttribute(s,i){switch(i){case Boolean:s=s?Bd:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,i){let e=s;switch(i){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},kn=(s,i)=>!qd(s,i),la={attribute:!0,type:String,converter:Gi,reflect:!1,useDefault:!1,hasChanged:kn};Symbol.metadata??=Symbol("metadata"),$n.litPropertyMetadata??=new WeakMap;var ps=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,e=la){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(i,e),!e.noAccessor){let t=Symbol(),n=this.getPropertyDescriptor(i,t,e);n!==void 0&&Zd(this.prototype,i,n)}}static getPropertyDescriptor(i,e,t){let{get:n,set:r}=Yd(this.prototype,i)??{get(){return this[e]},set(o){this[e]=o}};return{get:n,set(o){let l=n?.call(this);r?.call(this,o),this.requestUpdate(i,l,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??la}static _$Ei(){if(this.hasOwnProperty(ji("elementProperties")))return;let i=Xd(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(ji("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(ji("properties"))){let e=this.properties,t=[...Jd(e),...Qd(e)];for(let n of t)this.createProperty(n,e[n])}let i=this[Symbol.metadata];if(i!==null){let e=litPropertyMetadata.get(i);if(e!==void 0)for(let[t,n]of e)this.elementProperties.set(t,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let e=[];if(Array.isArray(i)){let t=new Set(i.flat(1/0).reverse());for(let n of t)e.unshift(Er(n))}else i!==void 0&&e.push(Er(i));return e}static _$Eu(i,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(i.set(t,this[t]),delete this[t]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return oa(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,e,t){this._$AK(i,t)}_$ET(i,e){let t=this.constructor.elementProperties.get(i),n=this.constructor._$Eu(i,t);if(n!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:Gi).toAttribute(e,t.type);this._$Em=i,r==null?this.removeAttribute(n):this.setAttribute(n,r),this._$Em=null}}_$AK(i,e){let t=this.constructor,n=t._$Eh.get(i);if(n!==void 0&&this._$Em!==n){let r=t.getPropertyOptions(n),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Gi;this._$Em=n;let l=o.fromAttribute(e,r.type);this[n]=l??this._$Ej?.get(n)??l,this._$Em=null}}requestUpdate(i,e,t,n=!1,r){if(i!==void 0){let o=this.constructor;if(n===!1&&(r=this[i]),t??=o.getPropertyOptions(i),!((t.hasChanged??kn)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(i)&&!this.hasAttribute(o._$Eu(i,t))))return;this.C(i,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,e,{useDefault:t,reflect:n,wrapped:r},o){t&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,o??e??this[i]),r!==!0||o!==void 0)||(this._$AL.has(i)||(this.hasUpdated||t||(e=void 0),this._$AL.set(i,e)),n===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,r]of this._$Ep)this[n]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[n,r]of t){let{wrapped:o}=r,l=this[n];o!==!0||this._$AL.has(n)||l===void 0||this.C(n,void 0,r,l)}}let i=!1,e=this._$AL;try{i=this.shouldUpdate(e),i?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw i=!1,this._$EM(),t}i&&this._$AE(e)}willUpdate(i){}_$AE(i){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(i){}firstUpdated(i){}};ps.elementStyles=[],ps.shadowRootOptions={mode:"open"},ps[ji("elementProperties")]=new Map,ps[ji("finalized")]=new Map,eu?.({ReactiveElement:ps}),($n.reactiveElementVersions??=[]).push("2.1.2");var Pr=globalThis,ca=s=>s,Sn=Pr.trustedTypes,da=Sn?Sn.createPolicy("lit-html",{createHTML:s=>s}):void 0,ga="$lit$",ks=`lit$${Math.random().toFixed(9).slice(2)}$`,va="?"+ks,tu=`<${va}>`,js=document,Ki=()=>js.createComment(""),qi=s=>s===null||typeof s!="object"&&typeof s!="function",Lr=Array.isArray,su=s=>Lr(s)||typeof s?.[Symbol.iterator]=="function",Tr=`[ 	
\f\r]`,Wi=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ua=/-->/g,ha=/>/g,Fs=RegExp(`>|${Tr}(?:([^\\s"'>=/]+)(${Tr}*=${Tr}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),pa=/'/g,ma=/"/g,ba=/^(?:script|style|textarea|title)$/i,Nr=s=>(i,...e)=>({_$litType$:s,strings:i,values:e}),v=Nr(1),Dr=Nr(2),nm=Nr(3),Gs=Symbol.for("lit-noChange"),T=Symbol.for("lit-nothing"),fa=new WeakMap,Vs=js.createTreeWalker(js,129);function ya(s,i){if(!Lr(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return da!==void 0?da.createHTML(i):i}var iu=(s,i)=>{let e=s.length-1,t=[],n,r=i===2?"<svg>":i===3?"<math>":"",o=Wi;for(let l=0;l<e;l++){let c=s[l],u,p,f=-1,y=0;for(;y<c.length&&(o.lastIndex=y,p=o.exec(c),p!==null);)y=o.lastIndex,o===Wi?p[1]==="!--"?o=ua:p[1]!==void 0?o=ha:p[2]!==void 0?(ba.test(p[2])&&(n=RegExp("</"+p[2],"g")),o=Fs):p[3]!==void 0&&(o=Fs):o===Fs?p[0]===">"?(o=n??Wi,f=-1):p[1]===void 0?f=-2:(f=o.lastIndex-p[2].length,u=p[1],o=p[3]===void 0?Fs:p[3]==='"'?ma:pa):o===ma||o===pa?o=Fs:o===ua||o===ha?o=Wi:(o=Fs,n=void 0);let w=o===Fs&&s[l+1].startsWith("/>")?" ":"";r+=o===Wi?c+tu:f>=0?(t.push(u),c.slice(0,f)+ga+c.slice(f)+ks+w):c+ks+(f===-2?l:w)}return[ya(s,r+(s[e]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),t]},Zi=class s{constructor({strings:i,_$litType$:e},t){let n;this.parts=[];let r=0,o=0,l=i.length-1,c=this.parts,[u,p]=iu(i,e);if(this.el=s.createElement(u,t),Vs.currentNode=this.el.content,e===2||e===3){let f=this.el.content.firstChild;f.replaceWith(...f.childNodes)}for(;(n=Vs.nextNode())!==null&&c.length<l;){if(n.nodeType===1){if(n.hasAttributes())for(let f of n.getAttributeNames())if(f.endsWith(ga)){let y=p[o++],w=n.getAttribute(f).split(ks),k=/([.?@])?(.*)/.exec(y);c.push({type:1,index:r,name:k[2],strings:w,ctor:k[1]==="."?Mr:k[1]==="?"?Cr:k[1]==="@"?Rr:_i}),n.removeAttribute(f)}else f.startsWith(ks)&&(c.push({type:6,index:r}),n.removeAttribute(f));if(ba.test(n.tagName)){let f=n.textContent.split(ks),y=f.length-1;if(y>0){n.textContent=Sn?Sn.emptyScript:"";for(let w=0;w<y;w++)n.append(f[w],Ki()),Vs.nextNode(),c.push({type:2,index:++r});n.append(f[y],Ki())}}}else if(n.nodeType===8)if(n.data===va)c.push({type:2,index:r});else{let f=-1;for(;(f=n.data.indexOf(ks,f+1))!==-1;)c.push({type:7,index:r}),f+=ks.length-1}r++}}static createElement(i,e){let t=js.createElement("template");return t.innerHTML=i,t}};function yi(s,i,e=s,t){if(i===Gs)return i;let n=t!==void 0?e._$Co?.[t]:e._$Cl,r=qi(i)?void 0:i._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),r===void 0?n=void 0:(n=new r(s),n._$AT(s,e,t)),t!==void 0?(e._$Co??=[])[t]=n:e._$Cl=n),n!==void 0&&(i=yi(s,n._$AS(s,i.values),n,t)),i}var Ar=class{constructor(i,e){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:e},parts:t}=this._$AD,n=(i?.creationScope??js).importNode(e,!0);Vs.currentNode=n;let r=Vs.nextNode(),o=0,l=0,c=t[0];for(;c!==void 0;){if(o===c.index){let u;c.type===2?u=new Yi(r,r.nextSibling,this,i):c.type===1?u=new c.ctor(r,c.name,c.strings,this,i):c.type===6&&(u=new zr(r,this,i)),this._$AV.push(u),c=t[++l]}o!==c?.index&&(r=Vs.nextNode(),o++)}return Vs.currentNode=js,n}p(i){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(i,t,e),e+=t.strings.length-2):t._$AI(i[e])),e++}},Yi=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,e,t,n){this.type=2,this._$AH=T,this._$AN=void 0,this._$AA=i,this._$AB=e,this._$AM=t,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,e=this._$AM;return e!==void 0&&i?.nodeType===11&&(i=e.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,e=this){i=yi(this,i,e),qi(i)?i===T||i==null||i===""?(this._$AH!==T&&this._$AR(),this._$AH=T):i!==this._$AH&&i!==Gs&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):su(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==T&&qi(this._$AH)?this._$AA.nextSibling.data=i:this.T(js.createTextNode(i)),this._$AH=i}$(i){let{values:e,_$litType$:t}=i,n=typeof t=="number"?this._$AC(i):(t.el===void 0&&(t.el=Zi.createElement(ya(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===n)this._$AH.p(e);else{let r=new Ar(n,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(i){let e=fa.get(i.strings);return e===void 0&&fa.set(i.strings,e=new Zi(i)),e}k(i){Lr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,n=0;for(let r of i)n===e.length?e.push(t=new s(this.O(Ki()),this.O(Ki()),this,this.options)):t=e[n],t._$AI(r),n++;n<e.length&&(this._$AR(t&&t._$AB.nextSibling,n),e.length=n)}_$AR(i=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);i!==this._$AB;){let t=ca(i).nextSibling;ca(i).remove(),i=t}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},_i=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,e,t,n,r){this.type=1,this._$AH=T,this._$AN=void 0,this.element=i,this.name=e,this._$AM=n,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=T}_$AI(i,e=this,t,n){let r=this.strings,o=!1;if(r===void 0)i=yi(this,i,e,0),o=!qi(i)||i!==this._$AH&&i!==Gs,o&&(this._$AH=i);else{let l=i,c,u;for(i=r[0],c=0;c<r.length-1;c++)u=yi(this,l[t+c],e,c),u===Gs&&(u=this._$AH[c]),o||=!qi(u)||u!==this._$AH[c],u===T?i=T:i!==T&&(i+=(u??"")+r[c+1]),this._$AH[c]=u}o&&!n&&this.j(i)}j(i){i===T?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},Mr=class extends _i{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===T?void 0:i}},Cr=class extends _i{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==T)}},Rr=class extends _i{constructor(i,e,t,n,r){super(i,e,t,n,r),this.type=5}_$AI(i,e=this){if((i=yi(this,i,e,0)??T)===Gs)return;let t=this._$AH,n=i===T&&t!==T||i.capture!==t.capture||i.once!==t.once||i.passive!==t.passive,r=i!==T&&(t===T||n);n&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},zr=class{constructor(i,e,t){this.element=i,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(i){yi(this,i)}};var nu=Pr.litHtmlPolyfillSupport;nu?.(Zi,Yi),(Pr.litHtmlVersions??=[]).push("3.3.3");var _a=(s,i,e)=>{let t=e?.renderBefore??i,n=t._$litPart$;if(n===void 0){let r=e?.renderBefore??null;t._$litPart$=n=new Yi(i.insertBefore(Ki(),r),r,void 0,e??{})}return n._$AI(s),n};var Ir=globalThis,ee=class extends ps{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=_a(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Gs}};ee._$litElement$=!0,ee.finalized=!0,Ir.litElementHydrateSupport?.({LitElement:ee});var ru=Ir.litElementPolyfillSupport;ru?.({LitElement:ee});(Ir.litElementVersions??=[]).push("4.2.2");var ue=s=>(i,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(s,i)}):customElements.define(s,i)};var ou={attribute:!0,type:String,converter:Gi,reflect:!1,hasChanged:kn},au=(s=ou,i,e)=>{let{kind:t,metadata:n}=e,r=globalThis.litPropertyMetadata.get(n);if(r===void 0&&globalThis.litPropertyMetadata.set(n,r=new Map),t==="setter"&&((s=Object.create(s)).wrapped=!0),r.set(e.name,s),t==="accessor"){let{name:o}=e;return{set(l){let c=i.get.call(this);i.set.call(this,l),this.requestUpdate(o,c,s,!0,l)},init(l){return l!==void 0&&this.C(o,void 0,s,l),l}}}if(t==="setter"){let{name:o}=e;return function(l){let c=this[o];i.call(this,l),this.requestUpdate(o,c,s,!0,l)}}throw Error("Unsupported decorator location: "+t)};function R(s){return(i,e)=>typeof e=="object"?au(s,i,e):((t,n,r)=>{let o=n.hasOwnProperty(r);return n.constructor.createProperty(r,t),o?Object.getOwnPropertyDescriptor(n,r):void 0})(s,i,e)}function C(s){return R({...s,state:!0,attribute:!1})}var Ws=(s,i,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof i!="object"&&Object.defineProperty(s,i,e),e);function xi(s,i){return(e,t,n)=>{let r=o=>o.renderRoot?.querySelector(s)??null;if(i){let{get:o,set:l}=typeof t=="object"?e:n??(()=>{let c=Symbol();return{get(){return this[c]},set(u){this[c]=u}}})();return Ws(e,t,{get(){let c=o.call(this);return c===void 0&&(c=r(this),(c!==null||this.hasUpdated)&&l.call(this,c)),c}})}return Ws(e,t,{get(){return r(this)}})}}var En=s=>s.callWS({type:"brewpit/hub/info"}),xa=s=>s.callWS({type:"brewpit/nodes/list"}),wa=s=>s.callWS({type:"brewpit/nodes/pairing"}),$a=(s,i,e)=>s.callWS({type:"brewpit/nodes/rename",device_id:i,name:e}),ka=(s,i)=>s.callWS({type:"brewpit/nodes/rotate_token",device_id:i}),Sa=(s,i)=>s.callWS({type:"brewpit/nodes/remove",device_id:i}),Ea=s=>s.callWS({type:"brewpit/hydrometers/list"}),Ta=s=>s.callWS({type:"brewpit/hydrometers/gateways"}),Aa=(s,i,e)=>s.callWS({type:"brewpit/hydrometers/gateway_create",name:i,...e?{tz:e}:{}}),Ma=(s,i)=>s.callWS({type:"brewpit/hydrometers/gateway_delete",gateway_id:i}),Ca=(s,i)=>s.callWS({type:"brewpit/hydrometers/calibration",device_id:i}),Ra=(s,i,e,t)=>s.callWS({type:"brewpit/hydrometers/calibrate",device_id:i,input:e,points:t});function Tn(s,i){let e;try{e=new URL(s)}catch{return s}let t=e.hostname;return!t.includes(".")&&!t.includes(":")&&t!=="localhost"&&i&&(e.hostname=i),e.toString().replace(/\/$/,"")}function za(s,i){return`sudo brewpit-edge pair ${s} ${i}`}var Pa=s=>s.callWS({type:"brewpit/alerts/rules"}),La=(s,i)=>s.callWS({type:"brewpit/alerts/rule_create",...i}),Na=(s,i)=>s.callWS({type:"brewpit/alerts/rule_delete",rule_id:i});function Hr(s){return Object.fromEntries(Object.entries(s).filter(([,i])=>i!==void 0&&i!==""))}async function Ss(s,i={}){return(await s.callWS({type:"brewpit/sessions/list",...Hr(i)})).sessions}function An(s,i){return s.callWS({type:"brewpit/sessions/get",session_id:i})}function Da(s,i){return s.callWS({type:"brewpit/sessions/create",...Hr(i)})}function Ia(s,i,e){return s.callWS({type:"brewpit/sessions/update",session_id:i,...e})}function Ha(s,i){return s.callWS({type:"brewpit/sessions/end",session_id:i})}async function Oa(s,i){await s.callWS({type:"brewpit/sessions/delete",session_id:i})}function Ua(s,i,e,t){return s.callWS({type:"brewpit/sessions/annotate",session_id:i,text:e,...t===void 0?{}:{ts:Math.round(t)}})}function Qi(s,i,e={}){let t=Hr(e);return t.from!==void 0&&(t.from=Math.floor(t.from)),t.to!==void 0&&(t.to=Math.ceil(t.to)),s.callWS({type:"brewpit/history",session_id:i,...t})}function os(s){return s.callWS({type:"brewpit/series/list"})}var Ji=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function Fa(s,i,e,t){let n=t?`?tz=${encodeURIComponent(t)}`:"",r=await s.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(i)}/export.csv${n}`);if(!r.ok)throw new Ji(r.status);let o=URL.createObjectURL(await r.blob());try{let l=document.createElement("a");l.href=o,l.download=e,l.rel="noopener",document.body.append(l),l.click(),l.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function Va(s){let i=s.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(s.started_at).toISOString().slice(0,10);return`${i||"session"}-${e}.csv`}function re(s){return s&&typeof s=="object"&&"message"in s?String(s.message):String(s)}var wi=s=>s;function lu(s,i){return s==="temperature"||i==="°C"||i==="°F"}function cu(s,i){return s==="gravity"||s==="specific_gravity"||i==="SG"}function Oe(s){return s==="°F"?"°F":"°C"}function Or(s){return s*9/5+32}function Ur(s){return(s-32)*5/9}function Ue(s,i,e){return lu(s,i)?e==="°F"?{unit:"°F",decimals:1,toDisplay:Or,fromDisplay:Ur}:{unit:"°C",decimals:1,toDisplay:wi,fromDisplay:wi}:cu(s,i)?{unit:"SG",decimals:3,toDisplay:wi,fromDisplay:wi}:{unit:i,decimals:i==="%"||i==="hPa"?0:i==="V"?2:1,toDisplay:wi,fromDisplay:wi}}var Es=s=>s;function Xi(s,i){return s==="gravity"?{unit:"SG",decimals:3,level:Es,levelIn:Es,delta:Es,deltaIn:Es}:i==="°F"?{unit:"°F",decimals:1,level:Or,levelIn:Ur,delta:e=>e*9/5,deltaIn:e=>e*5/9}:{unit:"°C",decimals:1,level:Es,levelIn:Es,delta:Es,deltaIn:Es}}function Mn(s){let i=s.trim().replace(",",".");return i===""?Number.NaN:Number(i)}function du(s){switch(s.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return s.language}}function uu(s){if(s.time_format==="12")return!0;if(s.time_format==="24")return!1}function Fr(s,i){return s.time_zone==="server"&&i?i:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function Fe(s,i){let e=du(s),t=s.number_format==="none",n=new Map,r=Fr(s,i),o=uu(s),l=s.language||"en",c=x=>new Intl.DateTimeFormat(l,{hour12:o,timeZone:r,...x}),u=c({dateStyle:"medium",timeStyle:"short"}),p=c({hour:"numeric",minute:"2-digit"}),f=c({hour:"numeric",minute:"2-digit",second:"2-digit"}),y=c({month:"short",day:"numeric"}),w=c({year:"numeric",month:"short",day:"numeric"}),k=c({weekday:"short",hour:"numeric",minute:"2-digit"}),P=c({year:"numeric",month:"2-digit",day:"2-digit"}),z=c({timeZoneName:"short"}),E=new Intl.RelativeTimeFormat(l,{numeric:"auto"});return{timeZone:r,number(x,N){if(x==null||!Number.isFinite(x))return"—";let A=n.get(N);return A||(A=new Intl.NumberFormat(e,{minimumFractionDigits:N,maximumFractionDigits:N,useGrouping:!t}),n.set(N,A)),A.format(x)},dateTime:x=>u.format(x),time:x=>p.format(x),timeSeconds:x=>f.format(x),date:x=>y.format(x),dateYear:x=>w.format(x),zone:x=>z.formatToParts(x).find(N=>N.type==="timeZoneName")?.value??r,clock:(x,N)=>(P.format(x)===P.format(N)?p:k).format(x),relative(x){let N=Math.max(0,Math.round(x/1e3));if(N<60)return E.format(-N,"second");let A=Math.round(N/60);if(A<60)return E.format(-A,"minute");let K=Math.round(A/60);return K<48?E.format(-K,"hour"):E.format(-Math.round(K/24),"day")}}}function as(s,i){if(!Number.isFinite(s)||s<0)return"—";let e=Math.floor(s/1e3);if(e<60)return i("duration.seconds",{s:e});let t=Math.floor(e/60);if(t<60)return i("duration.minutes",{m:t});let n=Math.floor(t/60);return n<48?i("duration.hours",{h:n,m:String(t%60).padStart(2,"0")}):i("duration.days",{d:Math.floor(n/24),h:n%24})}function Ga(s,i){if(!Number.isFinite(s))return"—";if(s<6e4)return i("remaining.under_minute");let e=Math.ceil(s/6e4),t=Math.floor(e/60),n=e%60;return t===0?i("remaining.minutes",{m:n}):i("remaining.hours",{h:t,m:String(n).padStart(2,"0")})}function Cn(s){let i=s<0,e=Math.round(Math.abs(s)/60),t=Math.floor(e/60),n=e%60,r=t>=48?Math.floor(t/24):0,o=r>0?String(t%24).padStart(2,"0"):String(t),l=`${r>0?`${r}d `:""}${o}:${String(n).padStart(2,"0")}`;return i?`-${l}`:l}var Wa={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen","panel.devices":"Geräte","panel.hydrometers":"Spindeln","empty.open_devices":"Zu „Geräte“, um einen zu koppeln","empty.open_hydrometers":"Eine Spindel einrichten","form.edit_title":"Sitzung bearbeiten","form.notes":"Notizen","form.save":"Änderungen speichern","form.bad_target":"Das Ziel von {probe} ist keine Zahl.","detail.edit":"Bearbeiten","detail.delete":"Löschen","detail.confirm_delete":"Endgültig löschen","detail.confirm_delete_group":"Löschen der Sitzung bestätigen","detail.delete_consequence":"Löscht die Sitzung, ihre Notizen und Alarme; die Messwerte bleiben bei ihren Geräten.","devices.title":"Geräte","devices.admin_only":"Nur Administratoren können Geräte sehen und ändern.","devices.loading":"Geräte werden geladen…","devices.none":"Noch keine Geräte. Koppel einen Edge-Knoten mit „Knoten koppeln“ oder richte auf der Seite „Spindeln“ eine Spindel ein.","devices.pair":"Knoten koppeln","devices.pair_title":"Knoten koppeln","devices.pair_code":"Einmal-Code","devices.pair_expires":"gültig noch {m}:{s}","devices.pair_expired":"abgelaufen; neuen Code holen","devices.pair_run":"Auf dem Pi ausführen:","devices.pair_then":"Dann den Knoten neu starten: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Warte auf den Knoten… er erscheint unten von selbst.","devices.pair_new_code":"Neuer Code","devices.copy":"Kopieren","devices.copied":"Kopiert","devices.kind_edge":"Edge-Knoten","devices.kind_hydrometer":"Spindel","devices.online":"Online","devices.silent":"Stumm","devices.never":"Nie gesehen","devices.just_paired":"Gerade gekoppelt","devices.last_seen":"Zuletzt gesehen","devices.outbox":"Ungesendete Messwerte","devices.oldest":"ältester {time}","devices.dropped":"Verworfene Messwerte","devices.version":"Software","devices.no_sensors":"Noch keine Sensoren gemeldet.","devices.rename":"Umbenennen","devices.new_name":"Neuer Name","devices.save":"Speichern","devices.rotate":"Neues Token","devices.rotate_consequence":"Das aktuelle Token des Knotens wird sofort ungültig. Das neue muss auf den Knoten (oder ihn neu koppeln), sonst sendet er keine Messwerte.","devices.confirm_rotate":"Token ersetzen","devices.token_shown_once":"Neues Token (nur jetzt sichtbar; in die Token-Datei des Knotens schreiben):","devices.remove":"Entfernen","devices.remove_consequence":"Entfernen löscht das Gerät mit allen Messwerten seiner Sensoren, seinen Befehlen, seiner Spindel-Zuordnung und Kalibrierung sowie sein Home-Assistant-Gerät und dessen Entitäten. Sein Token wird ungültig. Sitzungen bleiben, ohne die Daten dieses Geräts.","devices.confirm_remove":"Endgültig entfernen","hydro.title":"Spindeln","hydro.gateways":"Gateways","hydro.gateways_help":"Ein Gateway ist ein Token, mit dem iSpindel, Tilt oder GravityMon senden. Lege eines an und trage die URL für deinen Gerätetyp in dessen Einstellungen ein.","hydro.gateway_name":"Name des Gateways","hydro.create":"Gateway anlegen","hydro.no_gateways":"Noch kein Gateway: lege eines an, um die URLs zu erhalten.","hydro.urls":"URLs für „{name}“ (sie enthalten das Token und werden nur jetzt gezeigt):","hydro.device_type":"Gerät","hydro.url":"URL","hydro.where":"Wo eintragen","hydro.where.ispindel":"iSpindel: Diensttyp HTTP, volle URL unter Path","hydro.where.tilt":"Tilt-App oder TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon und andere Brewfather-Streams: eigene Stream-URL","hydro.delete_gateway":"Löschen","hydro.delete_gateway_consequence":"Spindeln mit diesem Token werden ab jetzt abgewiesen; ihre Daten bleiben.","hydro.list":"Spindeln","hydro.none":"Noch hat keine Spindel gesendet. Sie erscheint hier nach ihrem ersten Wert.","hydro.gravity":"Dichte","hydro.battery":"Akku","hydro.signal":"Signal","hydro.calibrate":"Kalibrieren","hydro.cal_title":"{name} kalibrieren","hydro.cal_help":"Trage Paare aus Spindel-Anzeige und wahrer Dichte ein (Refraktometer oder Referenzspindel). Ab drei Paaren wird eine Kurve angepasst.","hydro.cal_input":"Die Spindel misst","hydro.cal_input.angle":"Neigungswinkel (°)","hydro.cal_input.gravity":"Dichte (SG)","hydro.cal_raw":"Anzeige","hydro.cal_actual":"Wahre Dichte (SG)","hydro.cal_add":"Paar hinzufügen","hydro.cal_remove":"Paar {n} entfernen","hydro.cal_residual":"Abweichung","hydro.cal_fit":"Angepasst: {formula} (R² {r2})","hydro.cal_none":"Noch nicht kalibriert.","hydro.cal_save":"Speichern und anpassen","hydro.cal_export":"Exportieren","hydro.cal_import":"Importieren","hydro.cal_import_label":"Zu importierende Kalibrierung (JSON)","hydro.cal_bad_pair":"Paar {n} braucht zwei Zahlen.","hydro.cal_saved":"Gespeichert; neue Messwerte werden ab jetzt kalibriert.","panel.alerts":"Alarme","alerts.title":"Alarmregeln","alerts.new":"Neue Regel","alerts.kind":"Wenn","alerts.kind.above":"Über","alerts.kind.below":"Unter","alerts.kind.rate_of_change":"Ändert sich schneller als","alerts.role":"Rolle des Fühlers","alerts.scope":"Für","alerts.every_session":"Jede Sitzung","alerts.threshold":"Schwelle ({unit})","alerts.rate":"Rate pro Minute ({unit})","alerts.hysteresis":"Hysterese ({unit})","alerts.min_duration":"Mindestens (Minuten)","alerts.add":"Regel hinzufügen","alerts.rules":"Regeln","alerts.none":"Keine Regeln. Schwellen hier hinzufügen.","alerts.per_min":"{value} pro Minute","alerts.for_min":"für {m} min","alerts.bad_value":"Gib die Schwelle (oder eine Rate über 0) als Zahl ein.","alerts.bad_hysteresis":"Die Hysterese muss eine Zahl ab 0 sein.","alerts.bad_minutes":"Die Dauer muss zwischen 0 und 1440 Minuten liegen."};var Vr={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet: pair an edge node on the Devices page.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet: pair an edge node on the Devices page to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen","panel.devices":"Devices","panel.hydrometers":"Hydrometers","empty.open_devices":"Open Devices to pair one","empty.open_hydrometers":"Set up a hydrometer","form.edit_title":"Edit session","form.notes":"Notes","form.save":"Save changes","form.bad_target":"The target of {probe} is not a number.","detail.edit":"Edit","detail.delete":"Delete","detail.confirm_delete":"Delete for good","detail.confirm_delete_group":"Confirm deleting the session","detail.delete_consequence":"Deletes the session, its notes and alerts; the readings stay with their devices.","devices.title":"Devices","devices.admin_only":"Only administrators can see and change devices.","devices.loading":"Loading devices…","devices.none":"No devices yet. Pair an edge node with “Pair a node”, or set up a hydrometer on the Hydrometers page.","devices.pair":"Pair a node","devices.pair_title":"Pair a node","devices.pair_code":"One-time code","devices.pair_expires":"valid for {m}:{s}","devices.pair_expired":"expired; get a new code","devices.pair_run":"On the Pi, run:","devices.pair_then":"Then restart the node: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Waiting for the node… it appears below by itself.","devices.pair_new_code":"New code","devices.copy":"Copy","devices.copied":"Copied","devices.kind_edge":"Edge node","devices.kind_hydrometer":"Hydrometer","devices.online":"Online","devices.silent":"Silent","devices.never":"Never seen","devices.just_paired":"Just paired","devices.last_seen":"Last seen","devices.outbox":"Unsent readings","devices.oldest":"oldest {time}","devices.dropped":"Dropped readings","devices.version":"Software","devices.no_sensors":"No sensors reported yet.","devices.rename":"Rename","devices.new_name":"New name","devices.save":"Save","devices.rotate":"New token","devices.rotate_consequence":"The node’s current token stops working at once. Put the new one on the node (or pair it again), or it cannot send readings.","devices.confirm_rotate":"Replace the token","devices.token_shown_once":"New token (shown once; write it to the node’s token file):","devices.remove":"Remove","devices.remove_consequence":"Removing deletes the device with all its sensors’ readings, its commands, its hydrometer mapping and calibration, and its Home Assistant device and entities. Its token stops working. Sessions stay, without this device’s channels’ data.","devices.confirm_remove":"Remove for good","hydro.title":"Hydrometers","hydro.gateways":"Gateways","hydro.gateways_help":"A gateway is a token your iSpindel, Tilt or GravityMon posts with. Create one, then paste the URL for your device type into its settings.","hydro.gateway_name":"Gateway name","hydro.create":"Create gateway","hydro.no_gateways":"No gateway yet: create one to get the URLs to paste.","hydro.urls":"URLs for “{name}” (the token is in them and shown only now):","hydro.device_type":"Device","hydro.url":"URL","hydro.where":"Where to paste it","hydro.where.ispindel":"iSpindel: Service type HTTP, full URL in Path","hydro.where.tilt":"Tilt app or TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon and other Brewfather-style streams: custom stream URL","hydro.delete_gateway":"Delete","hydro.delete_gateway_consequence":"Hydrometers posting with this token are refused from now on; their data stays.","hydro.list":"Hydrometers","hydro.none":"No hydrometer has posted yet. It appears here after its first post.","hydro.gravity":"Gravity","hydro.battery":"Battery","hydro.signal":"Signal","hydro.calibrate":"Calibrate","hydro.cal_title":"Calibrate {name}","hydro.cal_help":"Enter pairs of what the hydrometer read and the true gravity (from a refractometer or a reference hydrometer). Three or more pairs fit a curve.","hydro.cal_input":"The hydrometer reads","hydro.cal_input.angle":"tilt angle (°)","hydro.cal_input.gravity":"gravity (SG)","hydro.cal_raw":"Reading","hydro.cal_actual":"True gravity (SG)","hydro.cal_add":"Add a pair","hydro.cal_remove":"Remove pair {n}","hydro.cal_residual":"Residual","hydro.cal_fit":"Fitted: {formula} (R² {r2})","hydro.cal_none":"Not calibrated yet.","hydro.cal_save":"Save and fit","hydro.cal_export":"Export","hydro.cal_import":"Import","hydro.cal_import_label":"Calibration to import (JSON)","hydro.cal_bad_pair":"Pair {n} needs two numbers.","hydro.cal_saved":"Saved; new readings are calibrated from now on.","panel.alerts":"Alerts","alerts.title":"Alert rules","alerts.new":"New rule","alerts.kind":"When","alerts.kind.above":"Above","alerts.kind.below":"Below","alerts.kind.rate_of_change":"Changes faster than","alerts.role":"Probe role","alerts.scope":"For","alerts.every_session":"Every session","alerts.threshold":"Threshold ({unit})","alerts.rate":"Rate per minute ({unit})","alerts.hysteresis":"Hysteresis ({unit})","alerts.min_duration":"For at least (minutes)","alerts.add":"Add rule","alerts.rules":"Rules","alerts.none":"No rules. Add thresholds here.","alerts.per_min":"{value} per minute","alerts.for_min":"for {m} min","alerts.bad_value":"Enter the threshold (or a rate above 0) as a number.","alerts.bad_hysteresis":"The hysteresis must be a number of 0 or more.","alerts.bad_minutes":"The duration must be between 0 and 1440 minutes."};var jr={en:Vr,de:Wa};function hu(s){let i=(s||"en").toLowerCase();if(jr[i])return i;let e=i.split(/[-_]/)[0];return jr[e]?e:"en"}function qa(s,i){let e=0;for(let t=i;t<s.length;t++)if(s[t]==="{")e++;else if(s[t]==="}"&&--e===0)return t;return-1}function pu(s){let i=new Map,e=0;for(;e<s.length;){let t=s.indexOf("{",e);if(t<0)break;let n=qa(s,t);if(n<0)break;i.set(s.slice(e,t).trim(),s.slice(t+1,n)),e=n+1}return i}function Za(s,i,e,t){let n="",r=0;for(;r<s.length;){let o=s.indexOf("{",r);if(o<0){n+=s.slice(r);break}n+=s.slice(r,o);let l=qa(s,o);if(l<0){n+=s.slice(o);break}let c=s.slice(o+1,l),u=c.indexOf(",");if(u<0){let p=i[c.trim()];n+=p===void 0?"":String(p)}else{let p=c.slice(0,u).trim(),f=c.slice(u+1),y=f.slice(f.indexOf(",")+1),w=Number(i[p]??0),k=pu(y),P=k.get(`=${w}`)??k.get(e.select(w))??k.get("other")??"";n+=Za(P.replace(/#/g,t(w)),i,e,t)}r=l+1}return n}var Ka=new Map;function ce(s){let i=hu(s),e=Ka.get(i);if(e)return e;let t=jr[i],n=new Intl.PluralRules(i),r=new Intl.NumberFormat(i),o=l=>r.format(l);return e=(l,c={})=>Za(t[l]??Vr[l],c,n,o),Ka.set(i,e),e}function Pe(s){return s.locale?.language||s.language||"en"}function de(s){let i,e;return(...t)=>(i&&i.length===t.length&&i.every((n,r)=>n===t[r])||(e=s(...t),i=t),e)}var Ya={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function Ja(s){let i=[...Ya[s]];return{fitting:i,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(t=>!i.includes(t))}}var Qa=(s,i)=>Ya[i].includes(s),mu={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function Et(s,i){let e=mu[s];return e?i(e):s}var fu=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function Xa(s,i,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let t=`${s} ${i}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[n,r]of fu)if(r.test(t))return n;return"other"}var Ba=new Set(["battery","signal_strength","data_size"]);var ye=ge`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;var el=["above","below","rate_of_change"],gu=["pit","meat","wort","chamber","gravity","ambient","other"],tl={kind:"above",role:"pit",session:"",value:"",hysteresis:"",minutes:""},It=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.draft={...tl};this.error="";this.busy=!1;this.fmt=de(Fe)}connectedCallback(){super.connectedCallback(),this.refresh()}get t(){return ce(Pe(this.hass))}get temp(){return Oe(this.hass.config.unit_system.temperature)}async refresh(){try{[this.rules,this.sessions]=await Promise.all([Pa(this.hass),Ss(this.hass,{status:"active"})])}catch(e){this.error=re(e)}}build(){let e=this.t,t=this.draft,n=Xi(t.role,this.temp),r=Mn(t.value);if(!Number.isFinite(r)||t.kind==="rate_of_change"&&r<=0)return e("alerts.bad_value");let o=t.hysteresis.trim()?Mn(t.hysteresis):0,l=t.minutes.trim()?Mn(t.minutes):0;if(!Number.isFinite(o)||o<0)return e("alerts.bad_hysteresis");if(!Number.isFinite(l)||l<0||l>1440)return e("alerts.bad_minutes");let c=p=>Math.round(p*1e4)/1e4,u=t.kind==="rate_of_change"?{rate_per_min:c(n.deltaIn(r)),direction:"any"}:{threshold:c(n.levelIn(r)),...o?{hysteresis:c(n.deltaIn(o))}:{},...l?{min_duration_s:Math.round(l*60)}:{}};return{kind:t.kind,role:t.role,...t.session?{session_id:t.session}:{},params:u}}async add(e){e.preventDefault();let t=this.build();if(typeof t=="string"){this.error=t;return}this.busy=!0,this.error="";try{await La(this.hass,t),this.draft={...tl,role:this.draft.role,session:this.draft.session},await this.refresh()}catch(n){this.error=re(n)}finally{this.busy=!1}}async removeRule(e){try{await Na(this.hass,e),await this.refresh()}catch(t){this.error=re(t)}}render(){let e=this.t;return this.hass.user?.is_admin?v`<h2>${e("alerts.title")}</h2>
      ${this.renderForm()}
      <section class="card" aria-labelledby="rules-title">
        <h3 id="rules-title">${e("alerts.rules")}</h3>
        ${this.rules?this.rules.length===0?v`<p class="muted">${e("alerts.none")}</p>`:v`<ul class="rules">
                  ${this.rules.map(t=>this.renderRule(t))}
                </ul>`:v`<p class="muted" role="status">${e("devices.loading")}</p>`}
      </section>`:v`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderForm(){let e=this.t,t=this.draft,n=Xi(t.role,this.temp),r=l=>c=>this.draft={...this.draft,[l]:c.target.value},o=t.kind==="rate_of_change";return v`<form class="card" @submit=${l=>{this.add(l)}}>
      <h3>${e("alerts.new")}</h3>
      <div class="grid">
        <label
          >${e("alerts.kind")}
          <select name="kind" @change=${r("kind")}>
            ${el.map(l=>v`<option value=${l} ?selected=${l===t.kind}>${e(`alerts.kind.${l}`)}</option>`)}
          </select>
        </label>
        <label
          >${e("alerts.role")}
          <select name="role" @change=${r("role")}>
            ${gu.map(l=>v`<option value=${l} ?selected=${l===t.role}>${Et(l,e)}</option>`)}
          </select>
        </label>
        <label
          >${e("alerts.scope")}
          <select name="session" @change=${r("session")}>
            <option value="" ?selected=${!t.session}>${e("alerts.every_session")}</option>
            ${this.sessions.map(l=>v`<option value=${l.id} ?selected=${l.id===t.session}>${l.name}</option>`)}
          </select>
        </label>
        <label
          >${o?e("alerts.rate",{unit:n.unit}):e("alerts.threshold",{unit:n.unit})}
          <input
            name="value"
            inputmode="decimal"
            required
            .value=${t.value}
            @input=${r("value")}
          />
        </label>
        ${o?T:v`<label
                  >${e("alerts.hysteresis",{unit:n.unit})}
                  <input
                    name="hysteresis"
                    inputmode="decimal"
                    .value=${t.hysteresis}
                    @input=${r("hysteresis")}
                  />
                </label>
                <label
                  >${e("alerts.min_duration")}
                  <input
                    name="minutes"
                    inputmode="decimal"
                    .value=${t.minutes}
                    @input=${r("minutes")}
                  />
                </label>`}
      </div>
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy}>${e("alerts.add")}</button>
      </div>
    </form>`}describe(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Xi(e.role,this.temp),o=e.params,l=c=>`${n.number(c,r.decimals)} ${r.unit}`;return(e.kind==="above"||e.kind==="below")&&o.threshold!==void 0?l(r.level(o.threshold)):e.kind==="rate_of_change"&&o.rate_per_min!==void 0?t("alerts.per_min",{value:l(r.delta(o.rate_per_min))}):e.kind==="low_battery"&&o.threshold!==void 0?`${o.threshold} %`:o.minutes!==void 0?`${n.number(o.minutes,0)} min`:""}renderRule(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Xi(e.role,this.temp),o=e.params,l=e.session_id?this.sessions.find(u=>u.id===e.session_id)?.name??e.session_id:t("alerts.every_session"),c=el.includes(e.kind)?t(`alerts.kind.${e.kind}`):e.name;return v`<li class="toolbar" data-rule=${e.id} data-kind=${e.kind}>
      ${c?v`<span class="chip">${c}</span>`:T}
      <span>${e.role?Et(e.role,t):""} ${this.describe(e)}</span>
      ${o.hysteresis&&e.kind!=="low_battery"?v`<span class="muted"
              >± ${n.number(r.delta(o.hysteresis),r.decimals)} ${r.unit}</span
            >`:T}
      ${o.min_duration_s?v`<span class="muted"
              >${t("alerts.for_min",{m:Math.round(o.min_duration_s/60)})}</span
            >`:T}
      <span class="muted">${l}</span>
      <span class="spacer"></span>
      <button class="danger" @click=${()=>{this.removeRule(e.id)}}>
        ${t("devices.remove")}
      </button>
    </li>`}};It.styles=[ye,ge`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      ul.rules {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 8px;
      }
    `],b([R({attribute:!1})],It.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],It.prototype,"narrow",2),b([C()],It.prototype,"rules",2),b([C()],It.prototype,"sessions",2),b([C()],It.prototype,"draft",2),b([C()],It.prototype,"error",2),b([C()],It.prototype,"busy",2),It=b([ue("brewpit-alerts")],It);var vu="uplot",bu="u-hz",yu="u-vt",_u="u-title",xu="u-wrap",wu="u-under",$u="u-over",ku="u-axis",Zs="u-off",Su="u-select",Eu="u-cursor-x",Tu="u-cursor-y",Au="u-cursor-pt",Mu="u-legend",Cu="u-live",Ru="u-inline",zu="u-series",Pu="u-marker",sl="u-label",Lu="u-value",en="width",tn="height";var il="bottom",$i="left",Gr="right",ao="#000",nl=ao+"0",Wr="mousemove",rl="mousedown",Kr="mouseup",ol="mouseenter",al="mouseleave",ll="dblclick",Nu="resize",Du="scroll",cl="change",Nn="dppxchange",lo="--",Ci=typeof window<"u",Qr=Ci?document:null,Si=Ci?window:null,Iu=Ci?navigator:null,ve,Rn;function Xr(){let s=devicePixelRatio;ve!=s&&(ve=s,Rn&&eo(cl,Rn,Xr),Rn=matchMedia(`(min-resolution: ${ve-.001}dppx) and (max-resolution: ${ve+.001}dppx)`),Ys(cl,Rn,Xr),Si.dispatchEvent(new CustomEvent(Nn)))}function Tt(s,i){if(i!=null){let e=s.classList;!e.contains(i)&&e.add(i)}}function Br(s,i){let e=s.classList;e.contains(i)&&e.remove(i)}function Me(s,i,e){s.style[i]=e+"px"}function qt(s,i,e,t){let n=Qr.createElement(s);return i!=null&&Tt(n,i),e?.insertBefore(n,t),n}function Ht(s,i){return qt("div",s,i)}var dl=new WeakMap;function ls(s,i,e,t,n){let r="translate("+i+"px,"+e+"px)",o=dl.get(s);r!=o&&(s.style.transform=r,dl.set(s,r),i<0||e<0||i>t||e>n?Tt(s,Zs):Br(s,Zs))}var ul=new WeakMap;function hl(s,i,e){let t=i+e,n=ul.get(s);t!=n&&(ul.set(s,t),s.style.background=i,s.style.borderColor=e)}var pl=new WeakMap;function ml(s,i,e,t){let n=i+""+e,r=pl.get(s);n!=r&&(pl.set(s,n),s.style.height=e+"px",s.style.width=i+"px",s.style.marginLeft=t?-i/2+"px":0,s.style.marginTop=t?-e/2+"px":0)}var co={passive:!0},Hu={...co,capture:!0};function Ys(s,i,e,t){i.addEventListener(s,e,t?Hu:co)}function eo(s,i,e,t){i.removeEventListener(s,e,co)}Ci&&Xr();function Zt(s,i,e,t){let n;e=e||0,t=t||i.length-1;let r=t<=2147483647;for(;t-e>1;)n=r?e+t>>1:At((e+t)/2),i[n]<s?e=n:t=n;return s-i[e]<=i[t]-s?e:t}function Vl(s){return(e,t,n)=>{let r=-1,o=-1;for(let l=t;l<=n;l++)if(s(e[l])){r=l;break}for(let l=n;l>=t;l--)if(s(e[l])){o=l;break}return[r,o]}}var jl=s=>s!=null,Gl=s=>s!=null&&s>0,Hn=Vl(jl),Ou=Vl(Gl);function Uu(s,i,e,t=0,n=!1){let r=n?Ou:Hn,o=n?Gl:jl;[i,e]=r(s,i,e);let l=s[i],c=s[i];if(i>-1)if(t==1)l=s[i],c=s[e];else if(t==-1)l=s[e],c=s[i];else for(let u=i;u<=e;u++){let p=s[u];o(p)&&(p<l?l=p:p>c&&(c=p))}return[l??$e,c??-$e]}function On(s,i,e,t){let n=vl(s),r=vl(i);s==i&&(n==-1?(s*=e,i/=e):(s/=e,i*=e));let o=e==10?ms:Wl,l=n==1?At:Ot,c=r==1?Ot:At,u=l(o(Ke(s))),p=c(o(Ke(i))),f=Ei(e,u),y=Ei(e,p);return e==10&&(u<0&&(f=ke(f,-u)),p<0&&(y=ke(y,-p))),t||e==2?(s=f*n,i=y*r):(s=Yl(s,f),i=Un(i,y)),[s,i]}function uo(s,i,e,t){let n=On(s,i,e,t);return s==0&&(n[0]=0),i==0&&(n[1]=0),n}var ho=.1,fl={mode:3,pad:ho},nn={pad:0,soft:null,mode:0},Fu={min:nn,max:nn};function Dn(s,i,e,t){return Fn(e)?gl(s,i,e):(nn.pad=e,nn.soft=t?0:null,nn.mode=t?3:0,gl(s,i,Fu))}function me(s,i){return s??i}function Vu(s,i,e){for(i=me(i,0),e=me(e,s.length-1);i<=e;){if(s[i]!=null)return!0;i++}return!1}function gl(s,i,e){let t=e.min,n=e.max,r=me(t.pad,0),o=me(n.pad,0),l=me(t.hard,-$e),c=me(n.hard,$e),u=me(t.soft,$e),p=me(n.soft,-$e),f=me(t.mode,0),y=me(n.mode,0),w=i-s,k=ms(w),P=ht(Ke(s),Ke(i)),z=ms(P),E=Ke(z-k);(w<1e-24||E>10)&&(w=0,(s==0||i==0)&&(w=1e-24,f==2&&u!=$e&&(r=0),y==2&&p!=-$e&&(o=0)));let x=w||P||1e3,N=ms(x),A=Ei(10,At(N)),K=x*(w==0?s==0?.1:1:r),U=ke(Yl(s-K,A/10),24),se=s>=u&&(f==1||f==3&&U<=u||f==2&&U>=u)?u:$e,Q=ht(l,U<se&&s>=se?se:Yt(se,U)),oe=x*(w==0?i==0?.1:1:o),J=ke(Un(i+oe,A/10),24),L=i<=p&&(y==1||y==3&&J>=p||y==2&&J<=p)?p:-$e,B=Yt(c,J>L&&i<=L?L:ht(L,J));return Q==B&&Q==0&&(B=100),[Q,B]}var ju=new Intl.NumberFormat(Ci?Iu.language:"en-US"),po=s=>ju.format(s),Mt=Math,Ln=Mt.PI,Ke=Mt.abs,At=Mt.floor,We=Mt.round,Ot=Mt.ceil,Yt=Mt.min,ht=Mt.max,Ei=Mt.pow,vl=Mt.sign,ms=Mt.log10,Wl=Mt.log2,Gu=(s,i=1)=>Mt.sinh(s)*i,qr=(s,i=1)=>Mt.asinh(s/i),$e=1/0;function bl(s){return(ms((s^s>>31)-(s>>31))|0)+1}function to(s,i,e){return Yt(ht(s,i),e)}function Kl(s){return typeof s=="function"}function ae(s){return Kl(s)?s:()=>s}var Wu=()=>{},ql=s=>s,Zl=(s,i)=>i,Ku=s=>null,yl=s=>!0,_l=(s,i)=>s==i,qu=/\.\d*?(?=9{6,}|0{6,})/gm,Js=s=>{if(Ql(s)||As.has(s))return s;let i=`${s}`,e=i.match(qu);if(e==null)return s;let t=e[0].length-1;if(i.indexOf("e-")!=-1){let[n,r]=i.split("e");return+`${Js(n)}e${r}`}return ke(s,t)};function Ks(s,i){return Js(ke(Js(s/i))*i)}function Un(s,i){return Js(Ot(Js(s/i))*i)}function Yl(s,i){return Js(At(Js(s/i))*i)}function ke(s,i=0){if(Ql(s))return s;let e=10**i,t=s*e*(1+Number.EPSILON);return We(t)/e}var As=new Map;function Jl(s){return((""+s).split(".")[1]||"").length}function on(s,i,e,t){let n=[],r=t.map(Jl);for(let o=i;o<e;o++){let l=Ke(o),c=ke(Ei(s,o),l);for(let u=0;u<t.length;u++){let p=s==10?+`${t[u]}e${o}`:t[u]*c,f=(o>=0?0:l)+(o>=r[u]?0:r[u]),y=s==10?p:ke(p,f);n.push(y),As.set(y,f)}}return n}var rn={},mo=[],Ti=[null,null],Ts=Array.isArray,Ql=Number.isInteger,Zu=s=>s===void 0;function xl(s){return typeof s=="string"}function Fn(s){let i=!1;if(s!=null){let e=s.constructor;i=e==null||e==Object}return i}function Yu(s){return s!=null&&typeof s=="object"}var Ju=Object.getPrototypeOf(Uint8Array),Xl="__proto__";function Ai(s,i=Fn){let e;if(Ts(s)){let t=s.find(n=>n!=null);if(Ts(t)||i(t)){e=Array(s.length);for(let n=0;n<s.length;n++)e[n]=Ai(s[n],i)}else e=s.slice()}else if(s instanceof Ju)e=s.slice();else if(i(s)){e={};for(let t in s)t!=Xl&&(e[t]=Ai(s[t],i))}else e=s;return e}function Ve(s){let i=arguments;for(let e=1;e<i.length;e++){let t=i[e];for(let n in t)n!=Xl&&(Fn(s[n])?Ve(s[n],Ai(t[n])):s[n]=Ai(t[n]))}return s}var Qu=0,Xu=1,Bu=2;function eh(s,i,e){for(let t=0,n,r=-1;t<i.length;t++){let o=i[t];if(o>r){for(n=o-1;n>=0&&s[n]==null;)s[n--]=null;for(n=o+1;n<e&&s[n]==null;)s[r=n++]=null}}}function th(s,i){if(nh(s)){let o=s[0].slice();for(let l=1;l<s.length;l++)o.push(...s[l].slice(1));return rh(o[0])||(o=ih(o)),o}let e=new Set;for(let o=0;o<s.length;o++){let c=s[o][0],u=c.length;for(let p=0;p<u;p++)e.add(c[p])}let t=[Array.from(e).sort((o,l)=>o-l)],n=t[0].length,r=new Map;for(let o=0;o<n;o++)r.set(t[0][o],o);for(let o=0;o<s.length;o++){let l=s[o],c=l[0];for(let u=1;u<l.length;u++){let p=l[u],f=Array(n).fill(void 0),y=i?i[o][u]:Xu,w=[];for(let k=0;k<p.length;k++){let P=p[k],z=r.get(c[k]);P===null?y!=Qu&&(f[z]=P,y==Bu&&w.push(z)):f[z]=P}eh(f,w,n),t.push(f)}}return t}var sh=typeof queueMicrotask>"u"?s=>Promise.resolve().then(s):queueMicrotask;function ih(s){let i=s[0],e=i.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,o)=>i[r]-i[o]);let n=[];for(let r=0;r<s.length;r++){let o=s[r],l=Array(e);for(let c=0;c<e;c++)l[c]=o[t[c]];n.push(l)}return n}function nh(s){let i=s[0][0],e=i.length;for(let t=1;t<s.length;t++){let n=s[t][0];if(n.length!=e)return!1;if(n!=i){for(let r=0;r<e;r++)if(n[r]!=i[r])return!1}}return!0}function rh(s,i=100){let e=s.length;if(e<=1)return!0;let t=0,n=e-1;for(;t<=n&&s[t]==null;)t++;for(;n>=t&&s[n]==null;)n--;if(n<=t)return!0;let r=ht(1,At((n-t+1)/i));for(let o=s[t],l=t+r;l<=n;l+=r){let c=s[l];if(c!=null){if(c<=o)return!1;o=c}}return!0}var Bl=["January","February","March","April","May","June","July","August","September","October","November","December"],ec=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function tc(s){return s.slice(0,3)}var oh=ec.map(tc),ah=Bl.map(tc),lh={MMMM:Bl,MMM:ah,WWWW:ec,WWW:oh};function Bi(s){return(s<10?"0":"")+s}function ch(s){return(s<10?"00":s<100?"0":"")+s}var dh={YYYY:s=>s.getFullYear(),YY:s=>(s.getFullYear()+"").slice(2),MMMM:(s,i)=>i.MMMM[s.getMonth()],MMM:(s,i)=>i.MMM[s.getMonth()],MM:s=>Bi(s.getMonth()+1),M:s=>s.getMonth()+1,DD:s=>Bi(s.getDate()),D:s=>s.getDate(),WWWW:(s,i)=>i.WWWW[s.getDay()],WWW:(s,i)=>i.WWW[s.getDay()],HH:s=>Bi(s.getHours()),H:s=>s.getHours(),h:s=>{let i=s.getHours();return i==0?12:i>12?i-12:i},AA:s=>s.getHours()>=12?"PM":"AM",aa:s=>s.getHours()>=12?"pm":"am",a:s=>s.getHours()>=12?"p":"a",mm:s=>Bi(s.getMinutes()),m:s=>s.getMinutes(),ss:s=>Bi(s.getSeconds()),s:s=>s.getSeconds(),fff:s=>ch(s.getMilliseconds())};function fo(s,i){i=i||lh;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,n;for(;n=t.exec(s);)e.push(n[0][0]=="{"?dh[n[1]]:n[0]);return r=>{let o="";for(let l=0;l<e.length;l++)o+=typeof e[l]=="string"?e[l]:e[l](r,i);return o}}var uh=new Intl.DateTimeFormat().resolvedOptions().timeZone;function hh(s,i){let e;return i=="UTC"||i=="Etc/UTC"?e=new Date(+s+s.getTimezoneOffset()*6e4):i==uh?e=s:(e=new Date(s.toLocaleString("en-US",{timeZone:i})),e.setMilliseconds(s.getMilliseconds())),e}var sc=s=>s%1==0,In=[1,2,2.5,5],ph=on(10,-32,0,In),ic=on(10,0,32,In),mh=ic.filter(sc),qs=ph.concat(ic),go=`
`,nc="{YYYY}",wl=go+nc,rc="{M}/{D}",sn=go+rc,zn=sn+"/{YY}",oc="{aa}",fh="{h}:{mm}",ki=fh+oc,$l=go+ki,kl=":{ss}",_e=null;function ac(s){let i=s*1e3,e=i*60,t=e*60,n=t*24,r=n*30,o=n*365,c=(s==1?on(10,0,3,In).filter(sc):on(10,-3,0,In)).concat([i,i*5,i*10,i*15,i*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,n,n*2,n*3,n*4,n*5,n*6,n*7,n*8,n*9,n*10,n*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),u=[[o,nc,_e,_e,_e,_e,_e,_e,1],[n*28,"{MMM}",wl,_e,_e,_e,_e,_e,1],[n,rc,wl,_e,_e,_e,_e,_e,1],[t,"{h}"+oc,zn,_e,sn,_e,_e,_e,1],[e,ki,zn,_e,sn,_e,_e,_e,1],[i,kl,zn+" "+ki,_e,sn+" "+ki,_e,$l,_e,1],[s,kl+".{fff}",zn+" "+ki,_e,sn+" "+ki,_e,$l,_e,1]];function p(f){return(y,w,k,P,z,E)=>{let x=[],N=z>=o,A=z>=r&&z<o,K=f(k),U=ke(K*s,3),se=Zr(K.getFullYear(),N?0:K.getMonth(),A||N?1:K.getDate()),Q=ke(se*s,3);if(A||N){let oe=A?z/r:0,J=N?z/o:0,L=U==Q?U:ke(Zr(se.getFullYear()+J,se.getMonth()+oe,1)*s,3),B=new Date(We(L/s)),F=B.getFullYear(),Z=B.getMonth();for(let W=0;L<=P;W++){let le=Zr(F+J*W,Z+oe*W,1),G=le-f(ke(le*s,3));L=ke((+le+G)*s,3),L<=P&&x.push(L)}}else{let oe=z>=n?n:z,J=At(k)-At(U),L=Q+J+Un(U-Q,oe);x.push(L);let B=f(L),F=B.getHours()+B.getMinutes()/e+B.getSeconds()/t,Z=z/t,W=y.axes[w]._space,le=E/W;for(;L=ke(L+z,s==1?0:3),!(L>P);)if(Z>1){let G=At(ke(F+Z,6))%24,he=f(L).getHours()-G;he>1&&(he=-1),L-=he*t,F=(F+Z)%24;let xe=x[x.length-1];ke((L-xe)/z,3)*le>=.7&&x.push(L)}else x.push(L)}return x}}return[c,u,p]}var[gh,vh,bh]=ac(1),[yh,_h,xh]=ac(.001);on(2,-53,53,[1]);function Sl(s,i){return s.map(e=>e.map((t,n)=>n==0||n==8||t==null?t:i(n==1||e[8]==0?t:e[1]+t)))}function El(s,i){return(e,t,n,r,o)=>{let l=i.find(k=>o>=k[0])||i[i.length-1],c,u,p,f,y,w;return t.map(k=>{let P=s(k),z=P.getFullYear(),E=P.getMonth(),x=P.getDate(),N=P.getHours(),A=P.getMinutes(),K=P.getSeconds(),U=z!=c&&l[2]||E!=u&&l[3]||x!=p&&l[4]||N!=f&&l[5]||A!=y&&l[6]||K!=w&&l[7]||l[1];return c=z,u=E,p=x,f=N,y=A,w=K,U(P)})}}function wh(s,i){let e=fo(i);return(t,n,r,o,l)=>n.map(c=>e(s(c)))}function Zr(s,i,e){return new Date(s,i,e)}function Tl(s,i){return i(s)}var $h="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Al(s,i){return(e,t,n,r)=>r==null?lo:i(s(t))}function kh(s,i){let e=s.series[i];return e.width?e.stroke(s,i):e.points.width?e.points.stroke(s,i):null}function Sh(s,i){return s.series[i].fill(s,i)}var Eh={show:!0,live:!0,isolate:!1,mount:Wu,markers:{show:!0,width:2,stroke:kh,fill:Sh,dash:"solid"},idx:null,idxs:null,values:[]};function Th(s,i){let e=s.cursor.points,t=Ht(),n=e.size(s,i);Me(t,en,n),Me(t,tn,n);let r=n/-2;Me(t,"marginLeft",r),Me(t,"marginTop",r);let o=e.width(s,i,n);return o&&Me(t,"borderWidth",o),t}function Ah(s,i){let e=s.series[i].points;return e._fill||e._stroke}function Mh(s,i){let e=s.series[i].points;return e._stroke||e._fill}function Ch(s,i){return s.series[i].points.size}var Yr=[0,0];function Rh(s,i,e){return Yr[0]=i,Yr[1]=e,Yr}function Pn(s,i,e,t=!0){return n=>{n.button==0&&(!t||n.target==i)&&e(n)}}function Jr(s,i,e,t=!0){return n=>{(!t||n.target==i)&&e(n)}}var zh={show:!0,x:!0,y:!0,lock:!1,move:Rh,points:{one:!1,show:Th,size:Ch,width:0,stroke:Mh,fill:Ah},bind:{mousedown:Pn,mouseup:Pn,click:Pn,dblclick:Pn,mousemove:Jr,mouseleave:Jr,mouseenter:Jr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(s,i)=>{i.stopPropagation(),i.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(s,i,e,t,n)=>t-n,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},lc={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},vo=Ve({},lc,{filter:Zl}),cc=Ve({},vo,{size:10}),dc=Ve({},lc,{show:!1}),bo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',uc="bold "+bo,hc=1.5,Ml={show:!0,scale:"x",stroke:ao,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:uc,side:2,grid:vo,ticks:cc,border:dc,font:bo,lineGap:hc,rotate:0},Ph="Value",Lh="Time",Cl={show:!0,scale:"x",auto:!1,sorted:1,min:$e,max:-$e,idxs:[]};function Nh(s,i,e,t,n){return i.map(r=>r==null?"":po(r))}function Dh(s,i,e,t,n,r,o){let l=[],c=As.get(n)||0;e=o?e:ke(Un(e,n),c);for(let u=e;u<=t;u=ke(u+n,c))l.push(Object.is(u,-0)?0:u);return l}function so(s,i,e,t,n,r,o){let l=[],c=s.scales[s.axes[i].scale].log,u=c==10?ms:Wl,p=At(u(e));n=Ei(c,p),c==10&&(n=qs[Zt(n,qs)]);let f=e,y=n*c;c==10&&(y=qs[Zt(y,qs)]);do l.push(f),f=f+n,c==10&&!As.has(f)&&(f=ke(f,As.get(n))),f>=y&&(n=f,y=n*c,c==10&&(y=qs[Zt(y,qs)]));while(f<=t);return l}function Ih(s,i,e,t,n,r,o){let c=s.scales[s.axes[i].scale].asinh,u=t>c?so(s,i,ht(c,e),t,n):[c],p=t>=0&&e<=0?[0]:[];return(e<-c?so(s,i,ht(c,-t),-e,n):[c]).reverse().map(y=>-y).concat(p,u)}var pc=/./,Hh=/[12357]/,Oh=/[125]/,Rl=/1/,io=(s,i,e,t)=>s.map((n,r)=>i==4&&n==0||r%t==0&&e.test(n.toExponential()[n<0?1:0])?n:null);function Uh(s,i,e,t,n){let r=s.axes[e],o=r.scale,l=s.scales[o],c=s.valToPos,u=r._space,p=c(10,o),f=c(9,o)-p>=u?pc:c(7,o)-p>=u?Hh:c(5,o)-p>=u?Oh:Rl;if(f==Rl){let y=Ke(c(1,o)-p);if(y<u)return io(i.slice().reverse(),l.distr,f,Ot(u/y)).reverse()}return io(i,l.distr,f,1)}function Fh(s,i,e,t,n){let r=s.axes[e],o=r.scale,l=r._space,c=s.valToPos,u=Ke(c(1,o)-c(2,o));return u<l?io(i.slice().reverse(),3,pc,Ot(l/u)).reverse():i}function Vh(s,i,e,t){return t==null?lo:i==null?"":po(i)}var zl={show:!0,scale:"y",stroke:ao,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:uc,side:3,grid:vo,ticks:cc,border:dc,font:bo,lineGap:hc,rotate:0};function jh(s,i){let e=3+(s||1)*2;return ke(e*i,3)}function Gh(s,i){let{scale:e,idxs:t}=s.series[0],n=s._data[0],r=s.valToPos(n[t[0]],e,!0),o=s.valToPos(n[t[1]],e,!0),l=Ke(o-r),c=s.series[i],u=l/(c.points.space*ve);return t[1]-t[0]<=u}var Pl={scale:null,auto:!0,sorted:0,min:$e,max:-$e},mc=(s,i,e,t,n)=>n,Ll={show:!0,auto:!0,sorted:0,gaps:mc,alpha:1,facets:[Ve({},Pl,{scale:"x"}),Ve({},Pl,{scale:"y"})]},Nl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:mc,alpha:1,points:{show:Gh,filter:null},values:null,min:$e,max:-$e,idxs:[],path:null,clip:null};function Wh(s,i,e,t,n){return e/10}var fc={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Kh=Ve({},fc,{time:!1,ori:1}),Dl={};function gc(s,i){let e=Dl[s];return e||(e={key:s,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(n=>n!=t)},pub(t,n,r,o,l,c,u){for(let p=0;p<e.plots.length;p++)e.plots[p]!=n&&e.plots[p].pub(t,n,r,o,l,c,u)}},s!=null&&(Dl[s]=e)),e}var Mi=1,no=2;function Qs(s,i,e){let t=s.mode,n=s.series[i],r=t==2?s._data[i]:s._data,o=s.scales,l=s.bbox,c=r[0],u=t==2?r[1]:r[i],p=t==2?o[n.facets[0].scale]:o[s.series[0].scale],f=t==2?o[n.facets[1].scale]:o[n.scale],y=l.left,w=l.top,k=l.width,P=l.height,z=s.valToPosH,E=s.valToPosV;return p.ori==0?e(n,c,u,p,f,z,E,y,w,k,P,jn,Ri,Wn,bc,_c):e(n,c,u,p,f,E,z,w,y,P,k,Gn,zi,xo,yc,xc)}function yo(s,i){let e=0,t=0,n=me(s.bands,mo);for(let r=0;r<n.length;r++){let o=n[r];o.series[0]==i?e=o.dir:o.series[1]==i&&(o.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function qh(s,i,e,t,n){let r=s.mode,o=s.series[i],l=r==2?o.facets[1].scale:o.scale,c=s.scales[l];return n==-1?c.min:n==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function fs(s,i,e,t,n,r){return Qs(s,i,(o,l,c,u,p,f,y,w,k,P,z)=>{let E=o.pxRound,x=u.dir*(u.ori==0?1:-1),N=u.ori==0?Ri:zi,A,K;x==1?(A=e,K=t):(A=t,K=e);let U=E(f(l[A],u,P,w)),se=E(y(c[A],p,z,k)),Q=E(f(l[K],u,P,w)),oe=E(y(r==1?p.max:p.min,p,z,k)),J=new Path2D(n);return N(J,Q,oe),N(J,U,oe),N(J,U,se),J})}function Vn(s,i,e,t,n,r){let o=null;if(s.length>0){o=new Path2D;let l=i==0?Wn:xo,c=e;for(let f=0;f<s.length;f++){let y=s[f];if(y[1]>y[0]){let w=y[0]-c;w>0&&l(o,c,t,w,t+r),c=y[1]}}let u=e+n-c,p=10;u>0&&l(o,c,t-p/2,u,t+r+p)}return o}function Zh(s,i,e){let t=s[s.length-1];t&&t[0]==i?t[1]=e:s.push([i,e])}function _o(s,i,e,t,n,r,o){let l=[],c=s.length;for(let u=n==1?e:t;u>=e&&u<=t;u+=n)if(i[u]===null){let f=u,y=u;if(n==1)for(;++u<=t&&i[u]===null;)y=u;else for(;--u>=e&&i[u]===null;)y=u;let w=r(s[f]),k=y==f?w:r(s[y]),P=f-n;w=o<=0&&P>=0&&P<c?r(s[P]):w;let E=y+n;k=o>=0&&E>=0&&E<c?r(s[E]):k,k>=w&&l.push([w,k])}return l}function Il(s){return s==0?ql:s==1?We:i=>Ks(i,s)}function vc(s){let i=s==0?jn:Gn,e=s==0?(n,r,o,l,c,u)=>{n.arcTo(r,o,l,c,u)}:(n,r,o,l,c,u)=>{n.arcTo(o,r,c,l,u)},t=s==0?(n,r,o,l,c)=>{n.rect(r,o,l,c)}:(n,r,o,l,c)=>{n.rect(o,r,c,l)};return(n,r,o,l,c,u=0,p=0)=>{u==0&&p==0?t(n,r,o,l,c):(u=Yt(u,l/2,c/2),p=Yt(p,l/2,c/2),i(n,r+u,o),e(n,r+l,o,r+l,o+c,u),e(n,r+l,o+c,r,o+c,p),e(n,r,o+c,r,o,p),e(n,r,o,r+l,o,u),n.closePath())}}var jn=(s,i,e)=>{s.moveTo(i,e)},Gn=(s,i,e)=>{s.moveTo(e,i)},Ri=(s,i,e)=>{s.lineTo(i,e)},zi=(s,i,e)=>{s.lineTo(e,i)},Wn=vc(0),xo=vc(1),bc=(s,i,e,t,n,r)=>{s.arc(i,e,t,n,r)},yc=(s,i,e,t,n,r)=>{s.arc(e,i,t,n,r)},_c=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(i,e,t,n,r,o)},xc=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(e,i,n,t,o,r)};function wc(s){return(i,e,t,n,r)=>Qs(i,e,(o,l,c,u,p,f,y,w,k,P,z)=>{let{pxRound:E,points:x}=o,N,A;u.ori==0?(N=jn,A=bc):(N=Gn,A=yc);let K=ke(x.width*ve,3),U=(x.size-x.width)/2*ve,se=ke(U*2,3),Q=new Path2D,oe=new Path2D,{left:J,top:L,width:B,height:F}=i.bbox;Wn(oe,J-se,L-se,B+se*2,F+se*2);let Z=W=>{if(c[W]!=null){let le=E(f(l[W],u,P,w)),G=E(y(c[W],p,z,k));N(Q,le+U,G),A(Q,le,G,U,0,Ln*2)}};if(r)r.forEach(Z);else for(let W=t;W<=n;W++)Z(W);return{stroke:K>0?Q:null,fill:Q,clip:oe,flags:Mi|no}})}function $c(s){return(i,e,t,n,r,o)=>{t!=n&&(r!=t&&o!=t&&s(i,e,t),r!=n&&o!=n&&s(i,e,n),s(i,e,o))}}var Yh=$c(Ri),Jh=$c(zi);function kc(s){let i=me(s?.alignGaps,0);return(e,t,n,r)=>Qs(e,t,(o,l,c,u,p,f,y,w,k,P,z)=>{[n,r]=Hn(c,n,r);let E=o.pxRound,x=F=>E(f(F,u,P,w)),N=F=>E(y(F,p,z,k)),A,K;u.ori==0?(A=Ri,K=Yh):(A=zi,K=Jh);let U=u.dir*(u.ori==0?1:-1),se={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Mi},Q=se.stroke,oe=!1;if(r-n>=P*4){let F=V=>e.posToVal(V,u.key,!0),Z=null,W=null,le,G,ft,Ce=x(l[U==1?n:r]),he=x(l[n]),xe=x(l[r]),ie=F(U==1?he+1:xe-1);for(let V=U==1?n:r;V>=n&&V<=r;V+=U){let je=l[V],Re=(U==1?je<ie:je>ie)?Ce:x(je),be=c[V];Re==Ce?be!=null?(G=be,Z==null?(A(Q,Re,N(G)),le=Z=W=G):G<Z?Z=G:G>W&&(W=G)):be===null&&(oe=!0):(Z!=null&&K(Q,Ce,N(Z),N(W),N(le),N(G)),be!=null?(G=be,A(Q,Re,N(G)),Z=W=le=G):(Z=W=null,be===null&&(oe=!0)),Ce=Re,ie=F(Ce+U))}Z!=null&&Z!=W&&ft!=Ce&&K(Q,Ce,N(Z),N(W),N(le),N(G))}else for(let F=U==1?n:r;F>=n&&F<=r;F+=U){let Z=c[F];Z===null?oe=!0:Z!=null&&A(Q,x(l[F]),N(Z))}let[L,B]=yo(e,t);if(o.fill!=null||L!=0){let F=se.fill=new Path2D(Q),Z=o.fillTo(e,t,o.min,o.max,L),W=N(Z),le=x(l[n]),G=x(l[r]);U==-1&&([G,le]=[le,G]),A(F,G,W),A(F,le,W)}if(!o.spanGaps){let F=[];oe&&F.push(..._o(l,c,n,r,U,x,i)),se.gaps=F=o.gaps(e,t,n,r,F),se.clip=Vn(F,u.ori,w,k,P,z)}return B!=0&&(se.band=B==2?[fs(e,t,n,r,Q,-1),fs(e,t,n,r,Q,1)]:fs(e,t,n,r,Q,B)),se})}function Qh(s){let i=me(s.align,1),e=me(s.ascDesc,!1),t=me(s.alignGaps,0),n=me(s.extend,!1);return(r,o,l,c)=>Qs(r,o,(u,p,f,y,w,k,P,z,E,x,N)=>{[l,c]=Hn(f,l,c);let A=u.pxRound,{left:K,width:U}=r.bbox,se=he=>A(k(he,y,x,z)),Q=he=>A(P(he,w,N,E)),oe=y.ori==0?Ri:zi,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Mi},L=J.stroke,B=y.dir*(y.ori==0?1:-1),F=Q(f[B==1?l:c]),Z=se(p[B==1?l:c]),W=Z,le=Z;n&&i==-1&&(le=K,oe(L,le,F)),oe(L,Z,F);for(let he=B==1?l:c;he>=l&&he<=c;he+=B){let xe=f[he];if(xe==null)continue;let ie=se(p[he]),V=Q(xe);i==1?oe(L,ie,F):oe(L,W,V),oe(L,ie,V),F=V,W=ie}let G=W;n&&i==1&&(G=K+U,oe(L,G,F));let[ft,Ce]=yo(r,o);if(u.fill!=null||ft!=0){let he=J.fill=new Path2D(L),xe=u.fillTo(r,o,u.min,u.max,ft),ie=Q(xe);oe(he,G,ie),oe(he,le,ie)}if(!u.spanGaps){let he=[];he.push(..._o(p,f,l,c,B,se,t));let xe=u.width*ve/2,ie=e||i==1?xe:-xe,V=e||i==-1?-xe:xe;he.forEach(je=>{je[0]+=ie,je[1]+=V}),J.gaps=he=u.gaps(r,o,l,c,he),J.clip=Vn(he,y.ori,z,E,x,N)}return Ce!=0&&(J.band=Ce==2?[fs(r,o,l,c,L,-1),fs(r,o,l,c,L,1)]:fs(r,o,l,c,L,Ce)),J})}function Hl(s,i,e,t,n,r,o=$e){if(s.length>1){let l=null;for(let c=0,u=1/0;c<s.length;c++)if(i[c]!==void 0){if(l!=null){let p=Ke(s[c]-s[l]);p<u&&(u=p,o=Ke(e(s[c],t,n,r)-e(s[l],t,n,r)))}l=c}}return o}function Xh(s){s=s||rn;let i=me(s.size,[.6,$e,1]),e=s.align||0,t=s.gap||0,n=s.radius;n=n==null?[0,0]:typeof n=="number"?[n,0]:n;let r=ae(n),o=1-i[0],l=me(i[1],$e),c=me(i[2],1),u=me(s.disp,rn),p=me(s.each,w=>{}),{fill:f,stroke:y}=u;return(w,k,P,z)=>Qs(w,k,(E,x,N,A,K,U,se,Q,oe,J,L)=>{let B=E.pxRound,F=e,Z=t*ve,W=l*ve,le=c*ve,G,ft;A.ori==0?[G,ft]=r(w,k):[ft,G]=r(w,k);let Ce=A.dir*(A.ori==0?1:-1),he=A.ori==0?Wn:xo,xe=A.ori==0?p:(H,Se,Ge,ii,Ps,es,Ls)=>{p(H,Se,Ge,Ps,ii,Ls,es)},ie=me(w.bands,mo).find(H=>H.series[0]==k),V=ie!=null?ie.dir:0,je=E.fillTo(w,k,E.min,E.max,V),at=B(se(je,K,L,oe)),Re,be,Vt,xt=J,Le=B(E.width*ve),Bt=!1,ds=null,Rt=null,bs=null,ei=null;f!=null&&(Le==0||y!=null)&&(Bt=!0,ds=f.values(w,k,P,z),Rt=new Map,new Set(ds).forEach(H=>{H!=null&&Rt.set(H,new Path2D)}),Le>0&&(bs=y.values(w,k,P,z),ei=new Map,new Set(bs).forEach(H=>{H!=null&&ei.set(H,new Path2D)})));let{x0:ti,size:Li}=u;if(ti!=null&&Li!=null){F=1,x=ti.values(w,k,P,z),ti.unit==2&&(x=x.map(Ge=>w.posToVal(Q+Ge*J,A.key,!0)));let H=Li.values(w,k,P,z);Li.unit==2?be=H[0]*J:be=U(H[0],A,J,Q)-U(0,A,J,Q),xt=Hl(x,N,U,A,J,Q,xt),Vt=xt-be+Z}else xt=Hl(x,N,U,A,J,Q,xt),Vt=xt*o+Z,be=xt-Vt;Vt<1&&(Vt=0),Le>=be/2&&(Le=0),Vt<5&&(B=ql);let dn=Vt>0,Rs=xt-Vt-(dn?Le:0);be=B(to(Rs,le,W)),Re=(F==0?be/2:F==Ce?0:be)-F*Ce*((F==0?Z/2:0)+(dn?Le/2:0));let lt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},si=Bt?null:new Path2D,us=null;if(ie!=null)us=w.data[ie.series[1]];else{let{y0:H,y1:Se}=u;H!=null&&Se!=null&&(N=Se.values(w,k,P,z),us=H.values(w,k,P,z))}let zs=G*be,X=ft*be;for(let H=Ce==1?P:z;H>=P&&H<=z;H+=Ce){let Se=N[H];if(Se==null)continue;if(us!=null){let gt=us[H]??0;if(Se-gt==0)continue;at=se(gt,K,L,oe)}let Ge=A.distr!=2||u!=null?x[H]:H,ii=U(Ge,A,J,Q),Ps=se(me(Se,je),K,L,oe),es=B(ii-Re),Ls=B(ht(Ps,at)),wt=B(Yt(Ps,at)),zt=Ls-wt;if(Se!=null){let gt=Se<0?X:zs,jt=Se<0?zs:X;Bt?(Le>0&&bs[H]!=null&&he(ei.get(bs[H]),es,wt+At(Le/2),be,ht(0,zt-Le),gt,jt),ds[H]!=null&&he(Rt.get(ds[H]),es,wt+At(Le/2),be,ht(0,zt-Le),gt,jt)):he(si,es,wt+At(Le/2),be,ht(0,zt-Le),gt,jt),xe(w,k,H,es-Le/2,wt,be+Le,zt)}}return Le>0?lt.stroke=Bt?ei:si:Bt||(lt._fill=E.width==0?E._fill:E._stroke??E._fill,lt.width=0),lt.fill=Bt?Rt:si,lt})}function Bh(s,i){let e=me(i?.alignGaps,0);return(t,n,r,o)=>Qs(t,n,(l,c,u,p,f,y,w,k,P,z,E)=>{[r,o]=Hn(u,r,o);let x=l.pxRound,N=G=>x(y(G,p,z,k)),A=G=>x(w(G,f,E,P)),K,U,se;p.ori==0?(K=jn,se=Ri,U=_c):(K=Gn,se=zi,U=xc);let Q=p.dir*(p.ori==0?1:-1),oe=N(c[Q==1?r:o]),J=oe,L=[],B=[];for(let G=Q==1?r:o;G>=r&&G<=o;G+=Q)if(u[G]!=null){let Ce=c[G],he=N(Ce);L.push(J=he),B.push(A(u[G]))}let F={stroke:s(L,B,K,se,U,x),fill:null,clip:null,band:null,gaps:null,flags:Mi},Z=F.stroke,[W,le]=yo(t,n);if(l.fill!=null||W!=0){let G=F.fill=new Path2D(Z),ft=l.fillTo(t,n,l.min,l.max,W),Ce=A(ft);se(G,J,Ce),se(G,oe,Ce)}if(!l.spanGaps){let G=[];G.push(..._o(c,u,r,o,Q,N,e)),F.gaps=G=l.gaps(t,n,r,o,G),F.clip=Vn(G,p.ori,k,P,z,E)}return le!=0&&(F.band=le==2?[fs(t,n,r,o,Z,-1),fs(t,n,r,o,Z,1)]:fs(t,n,r,o,Z,le)),F})}function ep(s){return Bh(tp,s)}function tp(s,i,e,t,n,r){let o=s.length;if(o<2)return null;let l=new Path2D;if(e(l,s[0],i[0]),o==2)t(l,s[1],i[1]);else{let c=Array(o),u=Array(o-1),p=Array(o-1),f=Array(o-1);for(let y=0;y<o-1;y++)p[y]=i[y+1]-i[y],f[y]=s[y+1]-s[y],u[y]=p[y]/f[y];c[0]=u[0];for(let y=1;y<o-1;y++)u[y]===0||u[y-1]===0||u[y-1]>0!=u[y]>0?c[y]=0:(c[y]=3*(f[y-1]+f[y])/((2*f[y]+f[y-1])/u[y-1]+(f[y]+2*f[y-1])/u[y]),isFinite(c[y])||(c[y]=0));c[o-1]=u[o-2];for(let y=0;y<o-1;y++)n(l,s[y]+f[y]/3,i[y]+c[y]*f[y]/3,s[y+1]-f[y]/3,i[y+1]-c[y+1]*f[y]/3,s[y+1],i[y+1])}return l}var ro=new Set;function Ol(){for(let s of ro)s.syncRect(!0)}Ci&&(Ys(Nu,Si,Ol),Ys(Du,Si,Ol,!0),Ys(Nn,Si,()=>{Ie.pxRatio=ve}));var sp=kc(),ip=wc();function Ul(s,i,e,t){return(t?[s[0],s[1]].concat(s.slice(2)):[s[0]].concat(s.slice(1))).map((r,o)=>oo(r,o,i,e))}function np(s,i){return s.map((e,t)=>t==0?{}:Ve({},i,e))}function oo(s,i,e,t){return Ve({},i==0?e:t,s)}function Sc(s,i,e){return i==null?Ti:[i,e]}var rp=Sc;function op(s,i,e){return i==null?Ti:Dn(i,e,ho,!0)}function Ec(s,i,e,t){return i==null?Ti:On(i,e,s.scales[t].log,!1)}var ap=Ec;function Tc(s,i,e,t){return i==null?Ti:uo(i,e,s.scales[t].log,!1)}var lp=Tc;function cp(s,i,e,t,n){let r=ht(bl(s),bl(i)),o=i-s,l=Zt(n/t*o,e);do{let c=e[l],u=t*c/o;if(u>=n&&r+(c<5?As.get(c):0)<=17)return[c,u]}while(++l<e.length);return[0,0]}function Fl(s){let i,e;return s=s.replace(/(\d+)px/,(t,n)=>(i=We((e=+n)*ve))+"px"),[s,i,e]}function dp(s){s.show&&[s.font,s.labelFont].forEach(i=>{let e=ke(i[2]*ve,1);i[0]=i[0].replace(/[0-9.]+px/,e+"px"),i[1]=e})}function Ie(s,i,e){let t={mode:me(s.mode,1)},n=t.mode;function r(a,d,h,m){let g=d.valToPct(a);return m+h*(d.dir==-1?1-g:g)}function o(a,d,h,m){let g=d.valToPct(a);return m+h*(d.dir==-1?g:1-g)}function l(a,d,h,m){return d.ori==0?r(a,d,h,m):o(a,d,h,m)}t.valToPosH=r,t.valToPosV=o;let c=!1;t.status=0;let u=t.root=Ht(vu);if(s.id!=null&&(u.id=s.id),Tt(u,s.class),s.title){let a=Ht(_u,u);a.textContent=s.title}let p=qt("canvas"),f=t.ctx=p.getContext("2d"),y=Ht(xu,u);Ys("click",y,a=>{a.target===k&&(Ee!=mi||ze!=fi)&&st.click(t,a)},!0);let w=t.under=Ht(wu,y);y.appendChild(p);let k=t.over=Ht($u,y);s=Ai(s);let P=+me(s.pxAlign,1),z=Il(P);(s.plugins||[]).forEach(a=>{a.opts&&(s=a.opts(t,s)||s)});let E=s.ms||.001,x=t.series=n==1?Ul(s.series||[],Cl,Nl,!1):np(s.series||[null],Ll),N=t.axes=Ul(s.axes||[],Ml,zl,!0),A=t.scales={},K=t.bands=s.bands||[];K.forEach(a=>{a.fill=ae(a.fill||null),a.dir=me(a.dir,-1)});let U=n==2?x[1].facets[0].scale:x[0].scale,se={axes:Cd,series:Sd},Q=(s.drawOrder||["axes","series"]).map(a=>se[a]);function oe(a){let d=a.distr==3?h=>ms(h>0?h:a.clamp(t,h,a.min,a.max,a.key)):a.distr==4?h=>qr(h,a.asinh):a.distr==100?h=>a.fwd(h):h=>h;return h=>{let m=d(h),{_min:g,_max:_}=a,$=_-g;return(m-g)/$}}function J(a){let d=A[a];if(d==null){let h=(s.scales||rn)[a]||rn;if(h.from!=null){J(h.from);let m=Ve({},A[h.from],h,{key:a});m.valToPct=oe(m),A[a]=m}else{d=A[a]=Ve({},a==U?fc:Kh,h),d.key=a;let m=d.time,g=d.range,_=Ts(g);if((a!=U||n==2&&!m)&&(_&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?fl:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?fl:{mode:1,hard:g[1],soft:g[1]}},_=!1),!_&&Fn(g))){let $=g;g=(S,M,D)=>M==null?Ti:Dn(M,D,$)}d.range=ae(g||(m?rp:a==U?d.distr==3?ap:d.distr==4?lp:Sc:d.distr==3?Ec:d.distr==4?Tc:op)),d.auto=ae(_?!1:d.auto),d.clamp=ae(d.clamp||Wh),d._min=d._max=null,d.valToPct=oe(d)}}}J("x"),J("y"),n==1&&x.forEach(a=>{J(a.scale)}),N.forEach(a=>{J(a.scale)});for(let a in s.scales)J(a);let L=A[U],B=L.distr,F,Z;L.ori==0?(Tt(u,bu),F=r,Z=o):(Tt(u,yu),F=o,Z=r);let W={};for(let a in A){let d=A[a];(d.min!=null||d.max!=null)&&(W[a]={min:d.min,max:d.max},d.min=d.max=null)}let le=s.tzDate||(a=>new Date(We(a/E))),G=s.fmtDate||fo,ft=E==1?bh(le):xh(le),Ce=El(le,Sl(E==1?vh:_h,G)),he=Al(le,Tl($h,G)),xe=[],ie=t.legend=Ve({},Eh,s.legend),V=t.cursor=Ve({},zh,{drag:{y:n==2}},s.cursor),je=ie.show,at=V.show,Re=ie.markers;ie.idxs=xe,Re.width=ae(Re.width),Re.dash=ae(Re.dash),Re.stroke=ae(Re.stroke),Re.fill=ae(Re.fill);let be,Vt,xt,Le=[],Bt=[],ds,Rt=!1,bs={};if(ie.live){let a=x[1]?x[1].values:null;Rt=a!=null,ds=Rt?a(t,1,0):{_:0};for(let d in ds)bs[d]=lo}if(je)if(be=qt("table",Mu,u),xt=qt("tbody",null,be),ie.mount(t,be),Rt){Vt=qt("thead",null,be,xt);let a=qt("tr",null,Vt);qt("th",null,a);for(var ei in ds)qt("th",sl,a).textContent=ei}else Tt(be,Ru),ie.live&&Tt(be,Cu);let ti={show:!0},Li={show:!1};function dn(a,d){if(d==0&&(Rt||!ie.live||n==2))return Ti;let h=[],m=qt("tr",zu,xt,xt.childNodes[d]);Tt(m,a.class),a.show||Tt(m,Zs);let g=qt("th",null,m);if(Re.show){let S=Ht(Pu,g);if(d>0){let M=Re.width(t,d);M&&(S.style.border=M+"px "+Re.dash(t,d)+" "+Re.stroke(t,d)),S.style.background=Re.fill(t,d)}}let _=Ht(sl,g);a.label instanceof HTMLElement?_.appendChild(a.label):_.textContent=a.label,d>0&&(Re.show||(_.style.color=a.width>0?Re.stroke(t,d):Re.fill(t,d)),lt("click",g,S=>{if(V._lock)return;Ds(S);let M=x.indexOf(a);if((S.ctrlKey||S.metaKey)!=ie.isolate){let D=x.some((I,O)=>O>0&&O!=M&&I.show);x.forEach((I,O)=>{O>0&&ss(O,D?O==M?ti:Li:ti,!0,He.setSeries)})}else ss(M,{show:!a.show},!0,He.setSeries)},!1),ri&&lt(ol,g,S=>{V._lock||(Ds(S),ss(x.indexOf(a),vi,!0,He.setSeries))},!1));for(var $ in ds){let S=qt("td",Lu,m);S.textContent="--",h.push(S)}return[m,h]}let Rs=new Map;function lt(a,d,h,m=!0){let g=Rs.get(d)||{},_=V.bind[a](t,d,h,m);_&&(Ys(a,d,g[a]=_),Rs.set(d,g))}function si(a,d,h){let m=Rs.get(d)||{};for(let g in m)(a==null||g==a)&&(eo(g,d,m[g]),delete m[g]);a==null&&Rs.delete(d)}let us=0,zs=0,X=0,H=0,Se=0,Ge=0,ii=Se,Ps=Ge,es=X,Ls=H,wt=0,zt=0,gt=0,jt=0;t.bbox={};let sr=!1,un=!1,ni=!1,Ns=!1,hn=!1,Pt=!1;function ir(a,d,h){(h||a!=t.width||d!=t.height)&&Mo(a,d),di(!1),ni=!0,un=!0,ui()}function Mo(a,d){t.width=us=X=a,t.height=zs=H=d,Se=Ge=0,bd(),yd();let h=t.bbox;wt=h.left=Ks(Se*ve,.5),zt=h.top=Ks(Ge*ve,.5),gt=h.width=Ks(X*ve,.5),jt=h.height=Ks(H*ve,.5)}let fd=3;function gd(){let a=!1,d=0;for(;!a;){d++;let h=Ad(d),m=Md(d);a=d==fd||h&&m,a||(Mo(t.width,t.height),un=!0)}}function vd({width:a,height:d}){ir(a,d)}t.setSize=vd;function bd(){let a=!1,d=!1,h=!1,m=!1;N.forEach((g,_)=>{if(g.show&&g._show){let{side:$,_size:S}=g,M=$%2,D=g.label!=null?g.labelSize:0,I=S+D;I>0&&(M?(X-=I,$==3?(Se+=I,m=!0):h=!0):(H-=I,$==0?(Ge+=I,a=!0):d=!0))}}),Is[0]=a,Is[1]=h,Is[2]=d,Is[3]=m,X-=ys[1]+ys[3],Se+=ys[3],H-=ys[2]+ys[0],Ge+=ys[0]}function yd(){let a=Se+X,d=Ge+H,h=Se,m=Ge;function g(_,$){switch(_){case 1:return a+=$,a-$;case 2:return d+=$,d-$;case 3:return h-=$,h+$;case 0:return m-=$,m+$}}N.forEach((_,$)=>{if(_.show&&_._show){let S=_.side;_._pos=g(S,_._size),_.label!=null&&(_._lpos=g(S,_.labelSize))}})}if(V.dataIdx==null){let a=V.hover,d=a.skip=new Set(a.skip??[]);d.add(void 0);let h=a.prox=ae(a.prox),m=a.bias??=0;V.dataIdx=(g,_,$,S)=>{if(_==0)return $;let M=$,D=h(g,_,$,S)??$e,I=D>=0&&D<$e,O=L.ori==0?X:H,Y=V.left,fe=i[0],pe=i[_];if(d.has(pe[$])){M=null;let ne=null,q=null,j;if(m==0||m==-1)for(j=$;ne==null&&j-- >0;)d.has(pe[j])||(ne=j);if(m==0||m==1)for(j=$;q==null&&j++<pe.length;)d.has(pe[j])||(q=j);if(ne!=null||q!=null)if(I){let Ae=ne==null?-1/0:F(fe[ne],L,O,0),Ne=q==null?1/0:F(fe[q],L,O,0),Be=Y-Ae,we=Ne-Y;Be<=we?Be<=D&&(M=ne):we<=D&&(M=q)}else M=q==null?ne:ne==null?q:$-ne<=q-$?ne:q}else I&&Ke(Y-F(fe[$],L,O,0))>D&&(M=null);return M}}let Ds=a=>{V.event=a};V.idxs=xe,V._lock=!1;let nt=V.points;nt.show=ae(nt.show),nt.size=ae(nt.size),nt.stroke=ae(nt.stroke),nt.width=ae(nt.width),nt.fill=ae(nt.fill);let ts=t.focus=Ve({},s.focus||{alpha:.3},V.focus),ri=ts.prox>=0,oi=ri&&nt.one,Lt=[],ai=[],li=[];function Co(a,d){let h=nt.show(t,d);if(h instanceof HTMLElement)return Tt(h,Au),Tt(h,a.class),ls(h,-10,-10,X,H),k.insertBefore(h,Lt[d]),h}function Ro(a,d){if(n==1||d>0){let h=n==1&&A[a.scale].time,m=a.value;a.value=h?xl(m)?Al(le,Tl(m,G)):m||he:m||Vh,a.label=a.label||(h?Lh:Ph)}if(oi||d>0){a.width=a.width==null?1:a.width,a.paths=a.paths||sp||Ku,a.fillTo=ae(a.fillTo||qh),a.pxAlign=+me(a.pxAlign,P),a.pxRound=Il(a.pxAlign),a.stroke=ae(a.stroke||null),a.fill=ae(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let h=jh(ht(1,a.width),1),m=a.points=Ve({},{size:h,width:ht(1,h*.2),stroke:a.stroke,space:h*2,paths:ip,_stroke:null,_fill:null},a.points);m.show=ae(m.show),m.filter=ae(m.filter),m.fill=ae(m.fill),m.stroke=ae(m.stroke),m.paths=ae(m.paths),m.pxAlign=a.pxAlign}if(je){let h=dn(a,d);Le.splice(d,0,h[0]),Bt.splice(d,0,h[1]),ie.values.push(null)}if(at){xe.splice(d,0,null);let h=null;oi?d==0&&(h=Co(a,d)):d>0&&(h=Co(a,d)),Lt.splice(d,0,h),ai.splice(d,0,0),li.splice(d,0,0)}Xe("addSeries",d)}function _d(a,d){d=d??x.length,a=n==1?oo(a,d,Cl,Nl):oo(a,d,{},Ll),x.splice(d,0,a),Ro(x[d],d)}t.addSeries=_d;function xd(a){if(x.splice(a,1),je){ie.values.splice(a,1),Bt.splice(a,1);let d=Le.splice(a,1)[0];si(null,d.firstChild),d.remove()}at&&(xe.splice(a,1),Lt.splice(a,1)[0].remove(),ai.splice(a,1),li.splice(a,1)),Xe("delSeries",a)}t.delSeries=xd;let Is=[!1,!1,!1,!1];function wd(a,d){if(a._show=a.show,a.show){let h=a.side%2,m=A[a.scale];m==null&&(a.scale=h?x[1].scale:U,m=A[a.scale]);let g=m.time;a.size=ae(a.size),a.space=ae(a.space),a.rotate=ae(a.rotate),Ts(a.incrs)&&a.incrs.forEach($=>{!As.has($)&&As.set($,Jl($))}),a.incrs=ae(a.incrs||(m.distr==2?mh:g?E==1?gh:yh:qs)),a.splits=ae(a.splits||(g&&m.distr==1?ft:m.distr==3?so:m.distr==4?Ih:Dh)),a.stroke=ae(a.stroke),a.grid.stroke=ae(a.grid.stroke),a.ticks.stroke=ae(a.ticks.stroke),a.border.stroke=ae(a.border.stroke);let _=a.values;a.values=Ts(_)&&!Ts(_[0])?ae(_):g?Ts(_)?El(le,Sl(_,G)):xl(_)?wh(le,_):_||Ce:_||Nh,a.filter=ae(a.filter||(m.distr>=3&&m.log==10?Uh:m.distr==3&&m.log==2?Fh:Zl)),a.font=Fl(a.font),a.labelFont=Fl(a.labelFont),a._size=a.size(t,null,d,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(Is[d]=!0,a._el=Ht(ku,y))}}function Ni(a,d,h,m){let[g,_,$,S]=h,M=d%2,D=0;return M==0&&(S||_)&&(D=d==0&&!g||d==2&&!$?We(Ml.size/3):0),M==1&&(g||$)&&(D=d==1&&!_||d==3&&!S?We(zl.size/2):0),D}let zo=t.padding=(s.padding||[Ni,Ni,Ni,Ni]).map(a=>ae(me(a,Ni))),ys=t._padding=zo.map((a,d)=>a(t,d,Is,0)),tt,Ze=null,Ye=null,pn=n==1?x[0].idxs:null,Gt=null,Di=!1;function Po(a,d){if(i=a??[],t.data=t._data=i,n==2){tt=0;for(let h=1;h<x.length;h++)tt+=i[h][0].length}else{i.length==0&&(t.data=t._data=i=[[]]),Gt=i[0],tt=Gt.length;let h=i;if(B==2){h=i.slice();let m=h[0]=Array(tt);for(let g=0;g<tt;g++)m[g]=g}t._data=i=h}if(di(!0),Xe("setData"),B==2&&(ni=!0),d!==!1){let h=L;h.auto(t,Di)?nr():xs(U,h.min,h.max),Ns=Ns||V.left>=0,Pt=!0,ui()}}t.setData=Po;function nr(){Di=!0;let a,d;n==1&&(tt>0?(Ze=pn[0]=0,Ye=pn[1]=tt-1,a=i[0][Ze],d=i[0][Ye],B==2?(a=Ze,d=Ye):a==d&&(B==3?[a,d]=On(a,a,L.log,!1):B==4?[a,d]=uo(a,a,L.log,!1):L.time?d=a+We(86400/E):[a,d]=Dn(a,d,ho,!0))):(Ze=pn[0]=a=null,Ye=pn[1]=d=null)),xs(U,a,d)}let mn,ci,rr,or,ar,lr,cr,dr,ur,vt;function Lo(a,d,h,m,g,_){a??=nl,h??=mo,m??="butt",g??=nl,_??="round",a!=mn&&(f.strokeStyle=mn=a),g!=ci&&(f.fillStyle=ci=g),d!=rr&&(f.lineWidth=rr=d),_!=ar&&(f.lineJoin=ar=_),m!=lr&&(f.lineCap=lr=m),h!=or&&f.setLineDash(or=h)}function No(a,d,h,m){d!=ci&&(f.fillStyle=ci=d),a!=cr&&(f.font=cr=a),h!=dr&&(f.textAlign=dr=h),m!=ur&&(f.textBaseline=ur=m)}function hr(a,d,h,m,g=0){if(m.length>0&&a.auto(t,Di)&&(d==null||d.min==null)){let _=me(Ze,0),$=me(Ye,m.length-1),S=h.min==null?Uu(m,_,$,g,a.distr==3):[h.min,h.max];a.min=Yt(a.min,h.min=S[0]),a.max=ht(a.max,h.max=S[1])}}let Do={min:null,max:null};function $d(){for(let m in A){let g=A[m];W[m]==null&&(g.min==null||W[U]!=null&&g.auto(t,Di))&&(W[m]=Do)}for(let m in A){let g=A[m];W[m]==null&&g.from!=null&&W[g.from]!=null&&(W[m]=Do)}W[U]!=null&&di(!0);let a={};for(let m in W){let g=W[m];if(g!=null){let _=a[m]=Ai(A[m],Yu);if(g.min!=null)Ve(_,g);else if(m!=U||n==2)if(tt==0&&_.from==null){let $=_.range(t,null,null,m);_.min=$[0],_.max=$[1]}else _.min=$e,_.max=-$e}}if(tt>0){x.forEach((m,g)=>{if(n==1){let _=m.scale,$=W[_];if($==null)return;let S=a[_];if(g==0){let M=S.range(t,S.min,S.max,_);S.min=M[0],S.max=M[1],Ze=Zt(S.min,i[0]),Ye=Zt(S.max,i[0]),Ye-Ze>1&&(i[0][Ze]<S.min&&Ze++,i[0][Ye]>S.max&&Ye--),m.min=Gt[Ze],m.max=Gt[Ye]}else m.show&&m.auto&&hr(S,$,m,i[g],m.sorted);m.idxs[0]=Ze,m.idxs[1]=Ye}else if(g>0&&m.show&&m.auto){let[_,$]=m.facets,S=_.scale,M=$.scale,[D,I]=i[g],O=a[S],Y=a[M];O!=null&&hr(O,W[S],_,D,_.sorted),Y!=null&&hr(Y,W[M],$,I,$.sorted),m.min=$.min,m.max=$.max}});for(let m in a){let g=a[m],_=W[m];if(g.from==null&&(_==null||_.min==null)){let $=g.range(t,g.min==$e?null:g.min,g.max==-$e?null:g.max,m);g.min=$[0],g.max=$[1]}}}for(let m in a){let g=a[m];if(g.from!=null){let _=a[g.from];if(_.min==null)g.min=g.max=null;else{let $=g.range(t,_.min,_.max,m);g.min=$[0],g.max=$[1]}}}let d={},h=!1;for(let m in a){let g=a[m],_=A[m];if(_.min!=g.min||_.max!=g.max){_.min=g.min,_.max=g.max;let $=_.distr;_._min=$==3?ms(_.min):$==4?qr(_.min,_.asinh):$==100?_.fwd(_.min):_.min,_._max=$==3?ms(_.max):$==4?qr(_.max,_.asinh):$==100?_.fwd(_.max):_.max,d[m]=h=!0}}if(h){x.forEach((m,g)=>{n==2?g>0&&d.y&&(m._paths=null):d[m.scale]&&(m._paths=null)});for(let m in d)ni=!0,Xe("setScale",m);at&&V.left>=0&&(Ns=Pt=!0)}for(let m in W)W[m]=null}function kd(a){let d=to(Ze-1,0,tt-1),h=to(Ye+1,0,tt-1);for(;a[d]==null&&d>0;)d--;for(;a[h]==null&&h<tt-1;)h++;return[d,h]}function Sd(){if(tt>0){let a=x.some(d=>d._focus)&&vt!=ts.alpha;a&&(f.globalAlpha=vt=ts.alpha),x.forEach((d,h)=>{if(h>0&&d.show&&(Io(h,!1),Io(h,!0),d._paths==null)){let m=vt;vt!=d.alpha&&(f.globalAlpha=vt=d.alpha);let g=n==2?[0,i[h][0].length-1]:kd(i[h]);d._paths=d.paths(t,h,g[0],g[1]),vt!=m&&(f.globalAlpha=vt=m)}}),x.forEach((d,h)=>{if(h>0&&d.show){let m=vt;vt!=d.alpha&&(f.globalAlpha=vt=d.alpha),d._paths!=null&&Ho(h,!1);{let g=d._paths!=null?d._paths.gaps:null,_=d.points.show(t,h,Ze,Ye,g),$=d.points.filter(t,h,_,g);(_||$)&&(d.points._paths=d.points.paths(t,h,Ze,Ye,$),Ho(h,!0))}vt!=m&&(f.globalAlpha=vt=m),Xe("drawSeries",h)}}),a&&(f.globalAlpha=vt=1)}}function Io(a,d){let h=d?x[a].points:x[a];h._stroke=h.stroke(t,a),h._fill=h.fill(t,a)}function Ho(a,d){let h=d?x[a].points:x[a],{stroke:m,fill:g,clip:_,flags:$,_stroke:S=h._stroke,_fill:M=h._fill,_width:D=h.width}=h._paths;D=ke(D*ve,3);let I=null,O=D%2/2;d&&M==null&&(M=D>0?"#fff":S);let Y=h.pxAlign==1&&O>0;if(Y&&f.translate(O,O),!d){let fe=wt-D/2,pe=zt-D/2,ne=gt+D,q=jt+D;I=new Path2D,I.rect(fe,pe,ne,q)}d?pr(S,D,h.dash,h.cap,M,m,g,$,_):Ed(a,S,D,h.dash,h.cap,M,m,g,$,I,_),Y&&f.translate(-O,-O)}function Ed(a,d,h,m,g,_,$,S,M,D,I){let O=!1;M!=0&&K.forEach((Y,fe)=>{if(Y.series[0]==a){let pe=x[Y.series[1]],ne=i[Y.series[1]],q=(pe._paths||rn).band;Ts(q)&&(q=Y.dir==1?q[0]:q[1]);let j,Ae=null;pe.show&&q&&Vu(ne,Ze,Ye)?(Ae=Y.fill(t,fe)||_,j=pe._paths.clip):q=null,pr(d,h,m,g,Ae,$,S,M,D,I,j,q),O=!0}}),O||pr(d,h,m,g,_,$,S,M,D,I)}let Oo=Mi|no;function pr(a,d,h,m,g,_,$,S,M,D,I,O){Lo(a,d,h,m,g),(M||D||O)&&(f.save(),M&&f.clip(M),D&&f.clip(D)),O?(S&Oo)==Oo?(f.clip(O),I&&f.clip(I),gn(g,$),fn(a,_,d)):S&no?(gn(g,$),f.clip(O),fn(a,_,d)):S&Mi&&(f.save(),f.clip(O),I&&f.clip(I),gn(g,$),f.restore(),fn(a,_,d)):(gn(g,$),fn(a,_,d)),(M||D||O)&&f.restore()}function fn(a,d,h){h>0&&(d instanceof Map?d.forEach((m,g)=>{f.strokeStyle=mn=g,f.stroke(m)}):d!=null&&a&&f.stroke(d))}function gn(a,d){d instanceof Map?d.forEach((h,m)=>{f.fillStyle=ci=m,f.fill(h)}):d!=null&&a&&f.fill(d)}function Td(a,d,h,m){let g=N[a],_;if(m<=0)_=[0,0];else{let $=g._space=g.space(t,a,d,h,m),S=g._incrs=g.incrs(t,a,d,h,m,$);_=cp(d,h,S,m,$)}return g._found=_}function mr(a,d,h,m,g,_,$,S,M,D){let I=$%2/2;P==1&&f.translate(I,I),Lo(S,$,M,D,S),f.beginPath();let O,Y,fe,pe,ne=g+(m==0||m==3?-_:_);h==0?(Y=g,pe=ne):(O=g,fe=ne);for(let q=0;q<a.length;q++)d[q]!=null&&(h==0?O=fe=a[q]:Y=pe=a[q],f.moveTo(O,Y),f.lineTo(fe,pe));f.stroke(),P==1&&f.translate(-I,-I)}function Ad(a){let d=!0;return N.forEach((h,m)=>{if(!h.show)return;let g=A[h.scale];if(g.min==null){h._show&&(d=!1,h._show=!1,di(!1));return}else h._show||(d=!1,h._show=!0,di(!1));let _=h.side,$=_%2,{min:S,max:M}=g,[D,I]=Td(m,S,M,$==0?X:H);if(I==0)return;let O=g.distr==2,Y=h._splits=h.splits(t,m,S,M,D,I,O),fe=g.distr==2?Y.map(j=>Gt[j]):Y,pe=g.distr==2?Gt[Y[1]]-Gt[Y[0]]:D,ne=h._values=h.values(t,h.filter(t,fe,m,I,pe),m,I,pe);h._rotate=_==2?h.rotate(t,ne,m,I):0;let q=h._size;h._size=Ot(h.size(t,ne,m,a)),q!=null&&h._size!=q&&(d=!1)}),d}function Md(a){let d=!0;return zo.forEach((h,m)=>{let g=h(t,m,Is,a);g!=ys[m]&&(d=!1),ys[m]=g}),d}function Cd(){for(let a=0;a<N.length;a++){let d=N[a];if(!d.show||!d._show)continue;let h=d.side,m=h%2,g,_,$=d.stroke(t,a),S=h==0||h==3?-1:1,[M,D]=d._found;if(d.label!=null){let dt=d.labelGap*S,St=We((d._lpos+dt)*ve);No(d.labelFont[0],$,"center",h==2?"top":il),f.save(),m==1?(g=_=0,f.translate(St,We(zt+jt/2)),f.rotate((h==3?-Ln:Ln)/2)):(g=We(wt+gt/2),_=St);let Us=Kl(d.label)?d.label(t,a,M,D):d.label;f.fillText(Us,g,_),f.restore()}if(D==0)continue;let I=A[d.scale],O=m==0?gt:jt,Y=m==0?wt:zt,fe=d._splits,pe=I.distr==2?fe.map(dt=>Gt[dt]):fe,ne=I.distr==2?Gt[fe[1]]-Gt[fe[0]]:M,q=d.ticks,j=d.border,Ae=q.show?q.size:0,Ne=We(Ae*ve),Be=We((d.alignTo==2?d._size-Ae-d.gap:d.gap)*ve),we=d._rotate*-Ln/180,De=z(d._pos*ve),$t=(Ne+Be)*S,ct=De+$t;_=m==0?ct:0,g=m==1?ct:0;let Nt=d.font[0],Wt=d.align==1?$i:d.align==2?Gr:we>0?$i:we<0?Gr:m==0?"center":h==3?Gr:$i,ns=we||m==1?"middle":h==2?"top":il;No(Nt,$,Wt,ns);let kt=d.font[1]*d.lineGap,Dt=fe.map(dt=>z(l(dt,I,O,Y))),Kt=d._values;for(let dt=0;dt<Kt.length;dt++){let St=Kt[dt];if(St!=null){m==0?g=Dt[dt]:_=Dt[dt],St=""+St;let Us=St.indexOf(`
`)==-1?[St]:St.split(/\n/gm);for(let ut=0;ut<Us.length;ut++){let na=Us[ut];we?(f.save(),f.translate(g,_+ut*kt),f.rotate(we),f.fillText(na,0,0),f.restore()):f.fillText(na,g,_+ut*kt)}}}q.show&&mr(Dt,q.filter(t,pe,a,D,ne),m,h,De,Ne,ke(q.width*ve,3),q.stroke(t,a),q.dash,q.cap);let rs=d.grid;rs.show&&mr(Dt,rs.filter(t,pe,a,D,ne),m,m==0?2:1,m==0?zt:wt,m==0?jt:gt,ke(rs.width*ve,3),rs.stroke(t,a),rs.dash,rs.cap),j.show&&mr([De],[1],m==0?1:0,m==0?1:2,m==1?zt:wt,m==1?jt:gt,ke(j.width*ve,3),j.stroke(t,a),j.dash,j.cap)}Xe("drawAxes")}function di(a){x.forEach((d,h)=>{h>0&&(d._paths=null,a&&(n==1?(d.min=null,d.max=null):d.facets.forEach(m=>{m.min=null,m.max=null})))})}let vn=!1,fr=!1,Ii=[];function Rd(){fr=!1;for(let a=0;a<Ii.length;a++)Xe(...Ii[a]);Ii.length=0}function ui(){vn||(sh(Uo),vn=!0)}function zd(a,d=!1){vn=!0,fr=d,a(t),Uo(),d&&Ii.length>0&&queueMicrotask(Rd)}t.batch=zd;function Uo(){if(sr&&($d(),sr=!1),ni&&(gd(),ni=!1),un){if(Me(w,$i,Se),Me(w,"top",Ge),Me(w,en,X),Me(w,tn,H),Me(k,$i,Se),Me(k,"top",Ge),Me(k,en,X),Me(k,tn,H),Me(y,en,us),Me(y,tn,zs),p.width=We(us*ve),p.height=We(zs*ve),N.forEach(({_el:a,_show:d,_size:h,_pos:m,side:g})=>{if(a!=null)if(d){let _=g===3||g===0?h:0,$=g%2==1;Me(a,$?"left":"top",m-_),Me(a,$?"width":"height",h),Me(a,$?"top":"left",$?Ge:Se),Me(a,$?"height":"width",$?H:X),Br(a,Zs)}else Tt(a,Zs)}),mn=ci=rr=ar=lr=cr=dr=ur=or=null,vt=1,Ui(!0),Se!=ii||Ge!=Ps||X!=es||H!=Ls){di(!1);let a=X/es,d=H/Ls;if(at&&!Ns&&V.left>=0){V.left*=a,V.top*=d,hi&&ls(hi,We(V.left),0,X,H),pi&&ls(pi,0,We(V.top),X,H);for(let h=0;h<Lt.length;h++){let m=Lt[h];m!=null&&(ai[h]*=a,li[h]*=d,ls(m,Ot(ai[h]),Ot(li[h]),X,H))}}if(Te.show&&!hn&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=d,Te.height*=d;for(let h in xr)Me(gi,h,Te[h])}ii=Se,Ps=Ge,es=X,Ls=H}Xe("setSize"),un=!1}us>0&&zs>0&&(f.clearRect(0,0,p.width,p.height),Xe("drawClear"),Q.forEach(a=>a()),Xe("draw")),Te.show&&hn&&(bn(Te),hn=!1),at&&Ns&&(Os(null,!0,!1),Ns=!1),ie.show&&ie.live&&Pt&&(yr(),Pt=!1),c||(c=!0,t.status=1,Xe("ready")),Di=!1,vn=!1}t.redraw=(a,d)=>{ni=d||!1,a!==!1?xs(U,L.min,L.max):ui()};function gr(a,d){let h=A[a];if(h.from==null){if(tt==0){let m=h.range(t,d.min,d.max,a);d.min=m[0],d.max=m[1]}if(d.min>d.max){let m=d.min;d.min=d.max,d.max=m}if(tt>1&&d.min!=null&&d.max!=null&&d.max-d.min<1e-16)return;a==U&&h.distr==2&&tt>0&&(d.min=Zt(d.min,i[0]),d.max=Zt(d.max,i[0]),d.min==d.max&&d.max++),W[a]=d,sr=!0,ui()}}t.setScale=gr;let vr,br,hi,pi,Fo,Vo,mi,fi,jo,Go,Ee,ze,_s=!1,st=V.drag,Je=st.x,Qe=st.y;at&&(V.x&&(vr=Ht(Eu,k)),V.y&&(br=Ht(Tu,k)),L.ori==0?(hi=vr,pi=br):(hi=br,pi=vr),Ee=V.left,ze=V.top);let Te=t.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},s.select),gi=Te.show?Ht(Su,Te.over?k:w):null;function bn(a,d){if(Te.show){for(let h in a)Te[h]=a[h],h in xr&&Me(gi,h,a[h]);d!==!1&&Xe("setSelect")}}t.setSelect=bn;function Pd(a){if(x[a].show)je&&Br(Le[a],Zs);else if(je&&Tt(Le[a],Zs),at){let h=oi?Lt[0]:Lt[a];h!=null&&ls(h,-10,-10,X,H)}}function xs(a,d,h){gr(a,{min:d,max:h})}function ss(a,d,h,m){d.focus!=null&&Hd(a),d.show!=null&&x.forEach((g,_)=>{_>0&&(a==_||a==null)&&(g.show=d.show,Pd(_),n==2?(xs(g.facets[0].scale,null,null),xs(g.facets[1].scale,null,null)):xs(g.scale,null,null),ui())}),h!==!1&&Xe("setSeries",a,d),m&&Fi("setSeries",t,a,d)}t.setSeries=ss;function Ld(a,d){Ve(K[a],d)}function Nd(a,d){a.fill=ae(a.fill||null),a.dir=me(a.dir,-1),d=d??K.length,K.splice(d,0,a)}function Dd(a){a==null?K.length=0:K.splice(a,1)}t.addBand=Nd,t.setBand=Ld,t.delBand=Dd;function Id(a,d){x[a].alpha=d,at&&Lt[a]!=null&&(Lt[a].style.opacity=d),je&&Le[a]&&(Le[a].style.opacity=d)}let hs,ws,Hs,vi={focus:!0};function Hd(a){if(a!=Hs){let d=a==null,h=ts.alpha!=1;x.forEach((m,g)=>{if(n==1||g>0){let _=d||g==0||g==a;m._focus=d?null:_,h&&Id(g,_?1:ts.alpha)}}),Hs=a,h&&ui()}}je&&ri&&lt(al,be,a=>{V._lock||(Ds(a),Hs!=null&&ss(null,vi,!0,He.setSeries))});function is(a,d,h){let m=A[d];h&&(a=a/ve-(m.ori==1?Ge:Se));let g=X;m.ori==1&&(g=H,a=g-a),m.dir==-1&&(a=g-a);let _=m._min,$=m._max,S=a/g,M=_+($-_)*S,D=m.distr;return D==3?Ei(10,M):D==4?Gu(M,m.asinh):D==100?m.bwd(M):M}function Od(a,d){let h=is(a,U,d);return Zt(h,i[0],Ze,Ye)}t.valToIdx=a=>Zt(a,i[0]),t.posToIdx=Od,t.posToVal=is,t.valToPos=(a,d,h)=>A[d].ori==0?r(a,A[d],h?gt:X,h?wt:0):o(a,A[d],h?jt:H,h?zt:0),t.setCursor=(a,d,h)=>{Ee=a.left,ze=a.top,Os(null,d,h)};function Wo(a,d){Me(gi,$i,Te.left=a),Me(gi,en,Te.width=d)}function Ko(a,d){Me(gi,"top",Te.top=a),Me(gi,tn,Te.height=d)}let Hi=L.ori==0?Wo:Ko,Oi=L.ori==1?Wo:Ko;function Ud(){if(je&&ie.live)for(let a=n==2?1:0;a<x.length;a++){if(a==0&&Rt)continue;let d=ie.values[a],h=0;for(let m in d)Bt[a][h++].firstChild.nodeValue=d[m]}}function yr(a,d){if(a!=null&&(a.idxs?a.idxs.forEach((h,m)=>{xe[m]=h}):Zu(a.idx)||xe.fill(a.idx),ie.idx=xe[0]),je&&ie.live){for(let h=0;h<x.length;h++)(h>0||n==1&&!Rt)&&Fd(h,xe[h]);Ud()}Pt=!1,d!==!1&&Xe("setLegend")}t.setLegend=yr;function Fd(a,d){let h=x[a],m=a==0&&B==2?Gt:i[a],g;Rt?g=h.values(t,a,d)??bs:(g=h.value(t,d==null?null:m[d],a,d),g=g==null?bs:{_:g}),ie.values[a]=g}function Os(a,d,h){jo=Ee,Go=ze,[Ee,ze]=V.move(t,Ee,ze),V.left=Ee,V.top=ze,at&&(hi&&ls(hi,We(Ee),0,X,H),pi&&ls(pi,0,We(ze),X,H));let m,g=Ze>Ye;hs=$e,ws=null;let _=L.ori==0?X:H,$=L.ori==1?X:H;if(Ee<0||tt==0||g){m=V.idx=null;for(let S=0;S<x.length;S++){let M=Lt[S];M!=null&&ls(M,-10,-10,X,H)}ri&&ss(null,vi,!0,a==null&&He.setSeries),ie.live&&(xe.fill(m),Pt=!0)}else{let S,M,D;n==1&&(S=L.ori==0?Ee:ze,M=is(S,U),m=V.idx=Zt(M,i[0],Ze,Ye),D=F(i[0][m],L,_,0));let I=-10,O=-10,Y=0,fe=0,pe=!0,ne="",q="";for(let j=n==2?1:0;j<x.length;j++){let Ae=x[j],Ne=xe[j],Be=Ne==null?null:n==1?i[j][Ne]:i[j][1][Ne],we=V.dataIdx(t,j,m,M),De=we==null?null:n==1?i[j][we]:i[j][1][we];if(Pt=Pt||De!=Be||we!=Ne,xe[j]=we,j>0&&Ae.show){let $t=we==null?-10:we==m?D:F(n==1?i[0][we]:i[j][0][we],L,_,0),ct=De==null?-10:Z(De,n==1?A[Ae.scale]:A[Ae.facets[1].scale],$,0);if(ri&&De!=null){let Nt=L.ori==1?Ee:ze,Wt=Ke(ts.dist(t,j,we,ct,Nt));if(Wt<hs){let ns=ts.bias;if(ns!=0){let kt=is(Nt,Ae.scale),Dt=De>=0?1:-1,Kt=kt>=0?1:-1;Kt==Dt&&(Kt==1?ns==1?De>=kt:De<=kt:ns==1?De<=kt:De>=kt)&&(hs=Wt,ws=j)}else hs=Wt,ws=j}}if(Pt||oi){let Nt,Wt;L.ori==0?(Nt=$t,Wt=ct):(Nt=ct,Wt=$t);let ns,kt,Dt,Kt,rs,dt,St=!0,Us=nt.bbox;if(Us!=null){St=!1;let ut=Us(t,j);Dt=ut.left,Kt=ut.top,ns=ut.width,kt=ut.height}else Dt=Nt,Kt=Wt,ns=kt=nt.size(t,j);if(dt=nt.fill(t,j),rs=nt.stroke(t,j),oi)j==ws&&hs<=ts.prox&&(I=Dt,O=Kt,Y=ns,fe=kt,pe=St,ne=dt,q=rs);else{let ut=Lt[j];ut!=null&&(ai[j]=Dt,li[j]=Kt,ml(ut,ns,kt,St),hl(ut,dt,rs),ls(ut,Ot(Dt),Ot(Kt),X,H))}}}}if(oi){let j=ts.prox,Ae=Hs==null?hs<=j:hs>j||ws!=Hs;if(Pt||Ae){let Ne=Lt[0];Ne!=null&&(ai[0]=I,li[0]=O,ml(Ne,Y,fe,pe),hl(Ne,ne,q),ls(Ne,Ot(I),Ot(O),X,H))}}}if(Te.show&&_s)if(a!=null){let[S,M]=He.scales,[D,I]=He.match,[O,Y]=a.cursor.sync.scales,fe=a.cursor.drag;if(Je=fe._x,Qe=fe._y,Je||Qe){let{left:pe,top:ne,width:q,height:j}=a.select,Ae=a.scales[O].ori,Ne=a.posToVal,Be,we,De,$t,ct,Nt=S!=null&&D(S,O),Wt=M!=null&&I(M,Y);Nt&&Je?(Ae==0?(Be=pe,we=q):(Be=ne,we=j),De=A[S],$t=F(Ne(Be,O),De,_,0),ct=F(Ne(Be+we,O),De,_,0),Hi(Yt($t,ct),Ke(ct-$t))):Hi(0,_),Wt&&Qe?(Ae==1?(Be=pe,we=q):(Be=ne,we=j),De=A[M],$t=Z(Ne(Be,Y),De,$,0),ct=Z(Ne(Be+we,Y),De,$,0),Oi(Yt($t,ct),Ke(ct-$t))):Oi(0,$)}else wr()}else{let S=Ke(jo-Fo),M=Ke(Go-Vo);if(L.ori==1){let Y=S;S=M,M=Y}Je=st.x&&S>=st.dist,Qe=st.y&&M>=st.dist;let D=st.uni;D!=null?Je&&Qe&&(Je=S>=D,Qe=M>=D,!Je&&!Qe&&(M>S?Qe=!0:Je=!0)):st.x&&st.y&&(Je||Qe)&&(Je=Qe=!0);let I,O;Je&&(L.ori==0?(I=mi,O=Ee):(I=fi,O=ze),Hi(Yt(I,O),Ke(O-I)),Qe||Oi(0,$)),Qe&&(L.ori==1?(I=mi,O=Ee):(I=fi,O=ze),Oi(Yt(I,O),Ke(O-I)),Je||Hi(0,_)),!Je&&!Qe&&(Hi(0,0),Oi(0,0))}if(st._x=Je,st._y=Qe,a==null){if(h){if(ia!=null){let[S,M]=He.scales;He.values[0]=S!=null?is(L.ori==0?Ee:ze,S):null,He.values[1]=M!=null?is(L.ori==1?Ee:ze,M):null}Fi(Wr,t,Ee,ze,X,H,m)}if(ri){let S=h&&He.setSeries,M=ts.prox;Hs==null?hs<=M&&ss(ws,vi,!0,S):hs>M?ss(null,vi,!0,S):ws!=Hs&&ss(ws,vi,!0,S)}}Pt&&(ie.idx=m,yr()),d!==!1&&Xe("setCursor")}let $s=null;Object.defineProperty(t,"rect",{get(){return $s==null&&Ui(!1),$s}});function Ui(a=!1){a?$s=null:($s=k.getBoundingClientRect(),Xe("syncRect",$s))}function qo(a,d,h,m,g,_,$){V._lock||_s&&a!=null&&a.movementX==0&&a.movementY==0||(_r(a,d,h,m,g,_,$,!1,a!=null),a!=null?Os(null,!0,!0):Os(d,!0,!1))}function _r(a,d,h,m,g,_,$,S,M){if($s==null&&Ui(!1),Ds(a),a!=null)h=a.clientX-$s.left,m=a.clientY-$s.top;else{if(h<0||m<0){Ee=-10,ze=-10;return}let[D,I]=He.scales,O=d.cursor.sync,[Y,fe]=O.values,[pe,ne]=O.scales,[q,j]=He.match,Ae=d.axes[0].side%2==1,Ne=L.ori==0?X:H,Be=L.ori==1?X:H,we=Ae?_:g,De=Ae?g:_,$t=Ae?m:h,ct=Ae?h:m;if(pe!=null?h=q(D,pe)?l(Y,A[D],Ne,0):-10:h=Ne*($t/we),ne!=null?m=j(I,ne)?l(fe,A[I],Be,0):-10:m=Be*(ct/De),L.ori==1){let Nt=h;h=m,m=Nt}}M&&(d==null||d.cursor.event.type==Wr)&&((h<=1||h>=X-1)&&(h=Ks(h,X)),(m<=1||m>=H-1)&&(m=Ks(m,H))),S?(Fo=h,Vo=m,[mi,fi]=V.move(t,h,m)):(Ee=h,ze=m)}let xr={width:0,height:0,left:0,top:0};function wr(){bn(xr,!1)}let Zo,Yo,Jo,Qo;function Xo(a,d,h,m,g,_,$){_s=!0,Je=Qe=st._x=st._y=!1,_r(a,d,h,m,g,_,$,!0,!1),a!=null&&(lt(Kr,Qr,Bo,!1),Fi(rl,t,mi,fi,X,H,null));let{left:S,top:M,width:D,height:I}=Te;Zo=S,Yo=M,Jo=D,Qo=I}function Bo(a,d,h,m,g,_,$){_s=st._x=st._y=!1,_r(a,d,h,m,g,_,$,!1,!0);let{left:S,top:M,width:D,height:I}=Te,O=D>0||I>0,Y=Zo!=S||Yo!=M||Jo!=D||Qo!=I;if(O&&Y&&bn(Te),st.setScale&&O&&Y){let fe=S,pe=D,ne=M,q=I;if(L.ori==1&&(fe=M,pe=I,ne=S,q=D),Je&&xs(U,is(fe,U),is(fe+pe,U)),Qe)for(let j in A){let Ae=A[j];j!=U&&Ae.from==null&&Ae.min!=$e&&xs(j,is(ne+q,j),is(ne,j))}wr()}else V.lock&&(V._lock=!V._lock,Os(d,!0,a!=null));a!=null&&(si(Kr,Qr),Fi(Kr,t,Ee,ze,X,H,null))}function Vd(a,d,h,m,g,_,$){if(V._lock)return;Ds(a);let S=_s;if(_s){let M=!0,D=!0,I=10,O,Y;L.ori==0?(O=Je,Y=Qe):(O=Qe,Y=Je),O&&Y&&(M=Ee<=I||Ee>=X-I,D=ze<=I||ze>=H-I),O&&M&&(Ee=Ee<mi?0:X),Y&&D&&(ze=ze<fi?0:H),Os(null,!0,!0),_s=!1}Ee=-10,ze=-10,xe.fill(null),Os(null,!0,!0),S&&(_s=S)}function ea(a,d,h,m,g,_,$){V._lock||(Ds(a),nr(),wr(),a!=null&&Fi(ll,t,Ee,ze,X,H,null))}function ta(){N.forEach(dp),ir(t.width,t.height,!0)}Ys(Nn,Si,ta);let bi={};bi.mousedown=Xo,bi.mousemove=qo,bi.mouseup=Bo,bi.dblclick=ea,bi.setSeries=(a,d,h,m)=>{let g=He.match[2];h=g(t,d,h),h!=-1&&ss(h,m,!0,!1)},at&&(lt(rl,k,Xo),lt(Wr,k,qo),lt(ol,k,a=>{Ds(a),Ui(!1)}),lt(al,k,Vd),lt(ll,k,ea),ro.add(t),t.syncRect=Ui);let yn=t.hooks=s.hooks||{};function Xe(a,d,h){fr?Ii.push([a,d,h]):a in yn&&yn[a].forEach(m=>{m.call(null,t,d,h)})}(s.plugins||[]).forEach(a=>{for(let d in a.hooks)yn[d]=(yn[d]||[]).concat(a.hooks[d])});let sa=(a,d,h)=>h,He=Ve({key:null,setSeries:!1,filters:{pub:yl,sub:yl},scales:[U,x[1]?x[1].scale:null],match:[_l,_l,sa],values:[null,null]},V.sync);He.match.length==2&&He.match.push(sa),V.sync=He;let ia=He.key,$r=gc(ia);function Fi(a,d,h,m,g,_,$){He.filters.pub(a,d,h,m,g,_,$)&&$r.pub(a,d,h,m,g,_,$)}$r.sub(t);function jd(a,d,h,m,g,_,$){He.filters.sub(a,d,h,m,g,_,$)&&bi[a](null,d,h,m,g,_,$)}t.pub=jd;function Gd(){$r.unsub(t),ro.delete(t),Rs.clear(),eo(Nn,Si,ta),u.remove(),be?.remove(),Xe("destroy")}t.destroy=Gd;function kr(){Xe("init",s,i),Po(i||s.data,!1),W[U]?gr(U,W[U]):nr(),hn=Te.show&&(Te.width>0||Te.height>0),Ns=Pt=!0,ir(s.width,s.height)}return x.forEach(Ro),N.forEach(wd),e?e instanceof HTMLElement?(e.appendChild(u),kr()):e(t,kr):kr(),t}Ie.assign=Ve;Ie.fmtNum=po;Ie.rangeNum=Dn;Ie.rangeLog=On;Ie.rangeAsinh=uo;Ie.orient=Qs;Ie.pxRatio=ve;Ie.join=th;Ie.fmtDate=fo,Ie.tzDate=hh;Ie.sync=gc;{Ie.addGap=Zh,Ie.clipGaps=Vn;let s=Ie.paths={points:wc};s.linear=kc,s.stepped=Qh,s.bars=Xh,s.spline=ep}var Ac=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function Kn(s){let i=(e,t)=>s(e).trim()||t;return{series:Ac.map((e,t)=>i(`--graph-color-${t+1}`,e)),text:i("--secondary-text-color","#727272"),grid:i("--divider-color","rgba(0, 0, 0, 0.12)"),axis:i("--secondary-text-color","#727272"),background:i("--card-background-color","#ffffff"),note:i("--primary-color","#03a9f4"),alert:i("--error-color","#db4437"),event:i("--secondary-text-color","#727272"),stall:i("--warning-color","#ffa600"),warning:i("--warning-color","#ffa600"),success:i("--success-color","#43a047")}}function gs(s,i){let e=s.series.length?s.series:Ac;return e[(i%e.length+e.length)%e.length]}var up=64;function hp(s,i){for(let e=0;e<=up;e++)for(let t of[s[i-e],s[i+e]]){if(t!=null)return t;if(t===null)return null}return null}var Jt=class extends ee{constructor(){super(...arguments);this.t=ce("en");this.hover=null}render(){let e=this.model,t=this.theme;if(!e||!t)return T;let n=this.hover,r=this.formatters,o=n===null?null:e.xs[n],l=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Cn(o);return v`<ul aria-label=${this.t("chart.legend")}>
      ${l?v`<li class="when">${l}</li>`:T}
      ${e.series.map((c,u)=>{let p=n===null?this.detail?.(u):void 0,f=n===null?null:hp(c.values,n);return v`<li>
          <span
            class="swatch ${c.dash?"dashed":""}"
            style=${`--c:${gs(t,c.colorIndex)}`}
          ></span>
          <span class="name">${c.label}</span>
          ${p?v`<span class="detail">${p}</span>`:T}
          ${n===null?T:v`<span class="value">
                  ${f==null?"—":`${r?r.number(f,c.decimals):f} ${c.unit}`}
                </span>`}
        </li>`})}
    </ul>`}};Jt.styles=ge`
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      font-size: 0.875rem;
      min-block-size: 1.5em;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .when,
    .detail {
      color: var(--secondary-text-color);
    }
    .detail {
      font-size: 0.8125rem;
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .swatch {
      inline-size: 14px;
      block-size: 0;
      border-block-start: 3px solid var(--c);
    }
    .swatch.dashed {
      border-block-start-style: dashed;
    }
  `,b([R({attribute:!1})],Jt.prototype,"model",2),b([R({attribute:!1})],Jt.prototype,"theme",2),b([R({attribute:!1})],Jt.prototype,"formatters",2),b([R({attribute:!1})],Jt.prototype,"t",2),b([R({attribute:!1})],Jt.prototype,"detail",2),b([R({attribute:!1})],Jt.prototype,"hover",2),Jt=b([ue("brewpit-chart-legend")],Jt);var Mc='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Cc=[wn(Mc),ge`
    :host {
      display: block;
      color: var(--primary-text-color);
    }
    .wrap {
      border-radius: 4px;
      outline: none;
    }
    .wrap:focus-visible {
      box-shadow: 0 0 0 2px var(--primary-color);
    }
    .plot {
      inline-size: 100%;
      min-block-size: 120px;
    }
    .uplot {
      font-family: inherit;
      inline-size: 100% !important;
    }
    .u-select {
      background: color-mix(in srgb, var(--primary-color) 18%, transparent);
    }
    .u-cursor-x,
    .u-cursor-y {
      border-color: var(--secondary-text-color) !important;
    }
  `];var an=86400;function Rc(s){let i=new Set;for(let e of s)if(e){if(i.has(e))return!0;i.add(e)}return!1}function wo(s){let i=new Set;return s.map(e=>i.has(e)?"":(i.add(e),e))}function zc(s,i,e){if(i>=an){let o=s.map(l=>e.date(l*1e3));return wo(Rc(o)?s.map(l=>e.dateYear(l*1e3)):o)}let t=o=>{let l="";return s.map(c=>{let u=c*1e3,p=e.date(u),f=p!==l?`${o(u)}
${p}`:o(u);return l=p,f})},n=[i<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of n)if(r=t(o),!Rc(r))return r;return wo(r)}var Pc=[60,300,600,900,1800,3600,7200,10800,21600,43200,an,2*an,7*an,14*an];function Lc(s){return wo(s.map(i=>Cn(i)))}function Nc(s,i,e=0){return s.x-e<i.x+i.w&&i.x<s.x+s.w+e&&s.y-e<i.y+i.h&&i.y<s.y+s.h+e}function mp(s,i){return s.x>=i.x&&s.y>=i.y&&s.x+s.w<=i.x+i.w&&s.y+s.h<=i.y+i.h}function Dc(s,i,e={}){let t=e.gap??2,n=[],r=o=>!mp(o,i)||n.some(l=>Nc(o,l,t))||(e.obstacles??[]).some(l=>Nc(o,l,t));for(let o of s){let l=o.candidates.map(u=>({x:u.x,y:u.y,w:o.w,h:o.h})),c=l.find(u=>!r(u)&&!(e.soft?.(u)??!1))??l.find(u=>!r(u));c&&n.push({id:o.id,...c})}return n}var Ic=28,Hc=s=>s.length>Ic?`${s.slice(0,Ic-1)}…`:s;function fp(s){let{left:i,width:e}=s.bbox,t=Math.max(1,Math.ceil(e)),n=new Float32Array(t).fill(1/0),r=new Float32Array(t).fill(-1/0),o=s.data[0],l=o.map(c=>s.valToPos(c,"x",!0)-i);for(let c=1;c<s.series.length;c++){let u=s.series[c];if(!u.show||!u.scale)continue;let p=s.data[c],f=NaN,y=NaN;for(let w=0;w<o.length;w++){let k=p[w];if(k===null){f=NaN;continue}if(k===void 0)continue;let P=l[w],z=s.valToPos(k,u.scale,!0),E=Math.max(0,Math.floor(Number.isNaN(f)?P:Math.min(f,P))),x=Math.min(t-1,Math.ceil(Number.isNaN(f)?P:Math.max(f,P))),N=Number.isNaN(y)?z:Math.min(y,z),A=Number.isNaN(y)?z:Math.max(y,z);for(let K=E;K<=x;K++)N<n[K]&&(n[K]=N),A>r[K]&&(r[K]=A);f=P,y=z}}return{lo:n,hi:r,left:i}}function gp(s,i){let e=Math.max(0,Math.floor(i.x-s.left)),t=Math.min(s.lo.length-1,Math.ceil(i.x+i.w-s.left));for(let n=e;n<=t;n++)if(s.lo[n]<=i.y+i.h&&s.hi[n]>=i.y)return!0;return!1}function vp(s,i){let{ctx:e}=s,t=Oc(s);for(let n of i.extras.projections){let r=gs(i.theme,n.colorIndex),o=u=>s.valToPos(u,"x",!0),l=u=>s.valToPos(u,n.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),n.xs.forEach((u,p)=>p===0?e.moveTo(o(u),l(n.hi[p])):e.lineTo(o(u),l(n.hi[p])));for(let u=n.xs.length-1;u>=0;u--)e.lineTo(o(n.xs[u]),l(n.lo[u]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*t,e.setLineDash([3*t,3*t]),e.beginPath();let c=!1;n.xs.forEach((u,p)=>{let f=n.mid[p];Number.isFinite(f)&&(c?e.lineTo(o(u),l(f)):e.moveTo(o(u),l(f)),c=!0)}),e.stroke()}}function Oc(s){return s.ctx.canvas.width/Math.max(1,s.width)}function bp(s,i,e,t){return t?s.t("chart.target_note",{label:i,value:e,note:t.text}):s.t("chart.target",{label:i,value:e})}function yp(s,i){let{ctx:e,bbox:t}=s;for(let n of i.extras.stalls){let r=s.valToPos(n.x,"x",!0),o=n.endX===null?t.left+t.width:s.valToPos(n.endX,"x",!0);e.fillStyle=i.theme.stall,e.globalAlpha=.1,e.fillRect(r,t.top,Math.max(0,o-r),t.height),e.globalAlpha=1}}function Uc(s,i,e,t,n){s.beginPath(),s.moveTo(i,e),s.lineTo(t,n),s.stroke()}function _p(s,i,e,t){let{ctx:n,bbox:r}=s,o=r.left+r.width,l=[];for(let c of i.model.targets){let u=s.valToPos(c.value,c.scale,!0);if(!(u>=r.top&&u<=r.top+r.height))continue;let p=gs(i.theme,c.colorIndex),f=i.extras.targetNotes.get(c.colorIndex),y=f?.state==="reached"||f?.state==="soon";n.strokeStyle=p,n.lineWidth=(y?2.5:1.5)*e,n.setLineDash([6*e,4*e]),Uc(n,r.left,u,o,u);let w=i.model.scales.find(x=>x.key===c.scale),k=`${i.num(c.value,w?.decimals??1)} ${w?.unit??""}`.trim(),P=bp(i,Hc(c.label),k,f),z=n.measureText(P).width+8*e,E=[];for(let x=o-z-4*e;x>=r.left;x-=z/2+4*e)E.push({x,y:u-t-2*e},{x,y:u+2*e});l.push({id:`target:${c.colorIndex}:${c.value}`,w:z,h:t,candidates:E,text:P,color:p})}return l}function xp(s,i,e,t){let{ctx:n,bbox:r}=s,o=[...i.extras.stalls.map(p=>({x:p.x,text:p.label,color:i.theme.stall,dash:[],id:`stall:${p.colorIndex}`})),...i.model.markers.map((p,f)=>({x:p.x,text:Hc(p.text),color:p.kind==="alert"?i.theme.alert:p.kind==="note"?i.theme.note:i.theme.event,dash:p.kind==="alert"?[]:p.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${p.kind}:${f}`}))],l=Math.max(1,Math.floor(r.height/(t+3*e)/2)),c=[...Array.from({length:l},(p,f)=>r.top+2*e+f*(t+3*e)),...Array.from({length:l},(p,f)=>r.top+r.height-t-2*e-f*(t+3*e))],u=[];for(let p of o){let f=s.valToPos(p.x,"x",!0);if(!(f>=r.left&&f<=r.left+r.width))continue;n.strokeStyle=p.color,n.lineWidth=1.5*e,n.setLineDash(p.dash),Uc(n,f,r.top,f,r.top+r.height);let y=n.measureText(p.text).width+8*e,w=c.flatMap(k=>[{x:f+3*e,y:k},{x:f-3*e-y,y:k}]);u.push({id:p.id,w:y,h:t,candidates:w,text:p.text,color:p.color})}return u}function Fc(s,i){let{ctx:e,bbox:t}=s,n=Oc(s);e.save(),e.beginPath(),e.rect(t.left,t.top,t.width,t.height),e.clip(),yp(s,i),vp(s,i),e.font=`${11*n}px ${i.font}`;let r=14*n,o=[..._p(s,i,n,r),...xp(s,i,n,r)],l=fp(s),c={x:t.left,y:t.top,w:t.width,h:t.height},u=Dc(o,c,{soft:f=>gp(l,f),gap:2*n});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let p=[];for(let f of u){let y=o.find(w=>w.id===f.id);e.globalAlpha=.88,e.fillStyle=i.theme.background,e.fillRect(f.x,f.y,f.w,f.h),e.globalAlpha=1,e.fillStyle=y.color,e.fillText(y.text,f.x+4*n,f.y+f.h/2),p.push({...f,text:y.text})}return e.restore(),p}function wp(s){let i=s.length;if(i<2)return 0;let e=Math.max(1,Math.floor((i-1)/2e3)),t=[];for(let n=e;n<i;n+=e)t.push(s[n][0]-s[n-e][0]);return t.sort((n,r)=>n-r),(t[t.length>>1]??0)/e}function $p(s,i=5){if(s.length<3)return s;let e=Math.max(6e4,wp(s)*i),t=null;for(let n=1;n<s.length;n++){let r=s[n-1],o=s[n];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(t??=s.slice(0,n),t.push([Math.round((r[0]+o[0])/2),null])),t&&t.push(o)}return t??s}function $o(s,i=5){let e=s.length,t=s.map(u=>$p(u.points,i)),n=s.map(u=>u.offsetMs??0),r=s.map(u=>u.toDisplay),o=new Array(e).fill(0),l=[],c=s.map(()=>[]);for(;;){let u=1/0;for(let p=0;p<e;p++){let f=t[p][o[p]];f&&f[0]-n[p]<u&&(u=f[0]-n[p])}if(u===1/0)break;l.push(u/1e3);for(let p=0;p<e;p++){let f=t[p][o[p]];if(f&&f[0]-n[p]===u){let y=f[1],w=r[p];c[p].push(y===null?null:w?w(y):y),o[p]++}else c[p].push(void 0)}}for(let u=0;u<e;u++)(t[u]!==s[u].points||kp(t[u]))&&Sp(c[u]);return{xs:l,ys:c}}function kp(s){return s.some(i=>i[1]===null)}function Sp(s){let i=s.length;for(let e=0;e<i;e++){if(s[e]!==null)continue;for(let n=e-1;n>=0&&s[n]===void 0;n--)s[n]=null;let t=e+1;for(;t<i&&s[t]===void 0;t++)s[t]=null;e=t-1}}var Zn={projections:[],stalls:[],targetNotes:new Map},Ep=["pit","meat","chamber","wort","gravity","ambient","other"];function Vc(s){let i=[];for(let e of s)i.some(t=>t.key===e.scale)||i.push({key:e.scale,unit:e.unit,decimals:e.decimals});return i}function jc(s,i){return[s,...i.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function Gc(s,i){let e=s.series.map(l=>Ue(l.kind,l.unit,i)),t=$o(s.series.map((l,c)=>({points:l.points,toDisplay:e[c].toDisplay}))),n=s.series.map((l,c)=>({label:l.label,scale:e[c].unit,colorIndex:c,values:t.ys[c],decimals:e[c].decimals,unit:e[c].unit})),r=[];s.series.forEach((l,c)=>{l.target!=null&&r.push({scale:e[c].unit,value:e[c].toDisplay(l.target),colorIndex:c,label:l.label})});let o=s.annotations.map(l=>({x:l.ts/1e3,text:l.text,kind:l.kind}));return{xMode:"time",xs:t.xs,series:n,scales:Vc(n),targets:r,markers:o,structureKey:jc("time",n)}}function Wc(s){let i=new Set(s.flatMap(e=>e.history.series.map(t=>t.role)));return Ep.filter(e=>i.has(e))}var qn=[void 0,[8,4],[2,3],[12,3,2,3]];function Kc(s,i,e){let t=s.flatMap((l,c)=>l.history.series.filter(u=>u.role===i).map(u=>({input:l,sessionIndex:c,s:u,unit:Ue(u.kind,u.unit,e)}))),n=$o(t.map(l=>({points:l.s.points,toDisplay:l.unit.toDisplay,offsetMs:l.input.session.started_at}))),r=t.map((l,c)=>({label:`${l.input.session.name} · ${l.s.label}`,scale:l.unit.unit,colorIndex:c,values:n.ys[c],decimals:l.unit.decimals,unit:l.unit.unit,...qn[l.sessionIndex%qn.length]?{dash:qn[l.sessionIndex%qn.length]}:{}})),o=[];return t.forEach((l,c)=>{if(l.s.target==null)return;let u=l.unit.toDisplay(l.s.target);o.some(p=>p.value===u&&p.scale===l.unit.unit)||o.push({scale:l.unit.unit,value:u,colorIndex:c,label:l.s.label})}),{xMode:"elapsed",xs:n.xs,series:r,scales:Vc(r),targets:o,markers:[],structureKey:jc("elapsed",r)}}function qc(s,i){return s.series.map((e,t)=>{let n=Ue(e.kind,e.unit,i),r=1/0,o=-1/0,l=null,c=null;for(let[u,p]of e.points)p!==null&&(p<r&&(r=p),p>o&&(o=p),l=p,c=u);return{seriesId:e.series_id,label:e.label,role:e.role,unit:n.unit,decimals:n.decimals,colorIndex:t,latest:l===null?null:n.toDisplay(l),latestTs:c,min:r===1/0?null:n.toDisplay(r),max:o===-1/0?null:n.toDisplay(o),target:e.target==null?null:n.toDisplay(e.target)}})}function Zc(s,i=!1){i?history.replaceState(history.state,"",s):history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:i},bubbles:!1,composed:!0}))}function te(s,i,e){s.dispatchEvent(new CustomEvent(i,{detail:e,bubbles:!0,composed:!0}))}function Yc(s){let i={x:{time:s.xMode==="time"}};for(let e of s.scales)i[e.key]={auto:!0,range:(t,n,r)=>{let o=n,l=r;for(let u of s.targets)u.scale===e.key&&(o=o==null?u.value:Math.min(o,u.value),l=l==null?u.value:Math.max(l,u.value));if(o==null||l==null)return[0,1];let c=Math.max((l-o)*.08,e.decimals>=3?.002:1);return[o-c,l+c]}};return i}var it=class extends ee{constructor(){super(...arguments);this.extras=Zn;this.xRange=null;this.t=ce("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Ie.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=Ie.pxRatio;return this.labels.map(t=>({...t,x:t.x/e,y:t.y/e,w:t.w/e,h:t.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let t=e.ctx;t.save(),t.font=`${12*Ie.pxRatio}px ${this.font}`;let n=Ie.pxRatio,r=this.ticks.splits.flatMap((o,l)=>{let c=this.ticks.labels[l]??"";if(!c)return[];let u=Math.max(...c.split(`
`).map(y=>t.measureText(y).width))/n,p=e.valToPos(o,"x"),f=c.split(`
`).length;return[{text:c,x:p-u/2+e.bbox.left/n,y:e.bbox.height/n,w:u,h:14*f}]});return t.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let t=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||t!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return v`<div
        class="wrap"
        tabindex="0"
        role="group"
        aria-roledescription=${this.t("chart.role")}
        aria-label=${`${this.label}. ${e}`}
        @keydown=${this.onKey}
      >
        <div class="plot" dir="ltr"></div>
      </div>
      <brewpit-chart-legend
        .model=${this.model}
        .theme=${this.theme}
        .formatters=${this.formatters}
        .t=${this.t}
        .detail=${this.detail}
        .hover=${this.hoverIdx}
      ></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(t=>t.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let t=this.plot;if(!t)return;let n=this.xRange,r=this.model?.xs??[],o=n?n.min:r[0]??0,l=n?n.max:r[r.length-1]??1;!e&&t.scales.x?.min===o&&t.scales.x?.max===l||t.setScale("x",{min:o,max:l>o?l:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=Kn(t=>e.getPropertyValue(t)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Ie(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",t=>this.downAt=[t.clientX,t.clientY]),this.plot.over.addEventListener("click",t=>this.onClick(t)),this.requestUpdate()}xAxis(e,t){let n=this.formatters;return e.xMode==="time"?{...t,space:72,size:48,values:(r,o,l,c,u)=>{let p=n?zc(o,u,n):o.map(String);return this.ticks={splits:[...o],labels:p},p}}:{...t,space:60,incrs:[...Pc],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:t.font,values:(r,o)=>{let l=Lc(o);return this.ticks={splits:[...o],labels:l},l}}}options(e,t){let n=this.formatters,r=(w,k)=>n?n.number(w,k):w==null?"—":w.toFixed(k),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),l=`12px ${this.font}`,c={stroke:t.axis,font:l,grid:{stroke:t.grid,width:1},ticks:{stroke:t.grid,width:1}},u=Yc(e),p=[this.xAxis(e,c),...e.scales.map((w,k)=>({...c,scale:w.key,side:k%2===0?3:1,grid:{...c.grid,show:k===0},size:w.decimals>=3?64:54,label:w.unit,labelSize:18,labelFont:l,values:(P,z)=>z.map(E=>r(E,Math.min(w.decimals,3)))}))],f=[{},...e.series.map(w=>({label:w.label,scale:w.scale,stroke:gs(t,w.colorIndex),width:2,...w.dash?{dash:w.dash}:{},spanGaps:!1,points:{show:!1}}))],y=this.timeZone;return{width:o,height:this.height,...y?{tzDate:w=>Ie.tzDate(new Date(w*1e3),y)}:{},scales:u,axes:p,series:f,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(te(this,"reset-zoom"),null)}},hooks:{setSelect:[w=>this.onSelect(w)],setCursor:[w=>{let k=w.cursor.idx??null;k!==this.hoverIdx&&(this.hoverIdx=k)}],draw:[w=>this.onDraw(w,t,r)]}}}onSelect(e){let{left:t,width:n}=e.select;if(n<4)return;let r=e.posToVal(t,"x"),o=e.posToVal(t+n,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),te(this,"range-changed",{min:r,max:o})}onDraw(e,t,n){let r=this.model;r&&(this.drawCount++,this.labels=Fc(e,{model:r,extras:this.extras,theme:t,font:this.font,num:n,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,te(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let t=this.downAt;if(this.downAt=null,!this.plot||t&&Math.hypot(e.clientX-t[0],e.clientY-t[1])>4)return;let n=this.plot.cursor.left;n==null||n<0||te(this,"chart-click",{x:this.plot.posToVal(n,"x")})}onKey(e){let n={ArrowLeft:()=>te(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>te(this,"chart-pan",{fraction:.25}),"+":()=>te(this,"chart-zoom",{factor:.5}),"=":()=>te(this,"chart-zoom",{factor:.5}),"-":()=>te(this,"chart-zoom",{factor:2}),0:()=>te(this,"reset-zoom"),Home:()=>te(this,"reset-zoom")}[e.key];n&&(e.preventDefault(),n())}};it.styles=Cc,b([R({attribute:!1})],it.prototype,"model",2),b([R({attribute:!1})],it.prototype,"extras",2),b([R({attribute:!1})],it.prototype,"xRange",2),b([R({attribute:!1})],it.prototype,"formatters",2),b([R({attribute:!1})],it.prototype,"t",2),b([R({attribute:!1})],it.prototype,"detail",2),b([R({attribute:!1})],it.prototype,"timeZone",2),b([R({type:Boolean})],it.prototype,"dark",2),b([R({type:Number})],it.prototype,"height",2),b([R()],it.prototype,"label",2),b([C()],it.prototype,"hoverIdx",2),b([xi(".plot")],it.prototype,"plotEl",2),it=b([ue("brewpit-chart")],it);function Yn(s){let i=Math.round((Number.isFinite(s)?s:0)*2);return Math.min(4e3,Math.max(100,i))}function ko(s,i){let e=s.ended_at??Math.max(i,s.started_at+6e4);return{from:s.started_at,to:Math.max(e,s.started_at+1)}}function So(s,i,e=6e4){let t=i.to-i.from,n=Math.min(Math.max(s.to-s.from,Math.min(e,t)),t);(!Number.isFinite(n)||n<=0)&&(n=t);let r=Math.max(i.from,Math.min(s.from,i.to-n));return Number.isFinite(r)||(r=i.from),{from:r,to:r+n}}function Jc(s,i,e){let t=(s.to-s.from)*i;return So({from:s.from+t,to:s.to+t},e)}function Qc(s,i,e,t){let n=t??(s.from+s.to)/2,r=n-(n-s.from)*i,o=n+(s.to-n)*i;return So({from:r,to:o},e)}function Tp(s,i,e=.01){if(!s)return!0;let t=(i.to-i.from)*e;return s.from<=i.from+t&&s.to>=i.to-t}var Jn={range:null,follow:!0};function Xc(s,i,e){let t=Math.max(-1/0,...s);return!Number.isFinite(t)||t<=i?0:Math.min(t-i,Math.max(15*6e4,e/2))}function ln(s,i,e){return s.ended_at!==null?ko(s,i):{from:Math.min(s.started_at,i-6e4),to:i+e}}function Bc(s,i,e,t){if(s.ended_at!==null)return i.range;let n=ln(s,e,t);if(!i.range)return n;if(!i.follow)return i.range;let r=i.range.to-i.range.from;return{from:Math.max(n.from,n.to-r),to:n.to}}function ed(s,i,e,t){let n=ln(s,e,t),r=s.ended_at===null;if(!i||Tp(i,n,.005))return r?Jn:{range:null,follow:!1};let o=So(i,n),l=o.to-o.from,c=r&&o.to>=n.to-Math.max(l*.02,1e3);return{range:o,follow:c}}var td=["solid","dashed","dotted","dashed"],Ut=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=de(Fe);this.roles=de(Wc);this.models=de((e,t)=>this.roles(e).map(n=>({role:n,model:Kc(e,n,t)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let t=Yn((this.clientWidth||window.innerWidth)-120);try{let n=await Promise.all(this.ids.map(async r=>{let[o,l]=await Promise.all([An(this.hass,r),Qi(this.hass,r,{max_points:t})]);return{session:o,history:l}}));e===this.seq&&(this.inputs=n)}catch(n){e===this.seq&&(this.error=re(n))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let t=this.models(this.inputs,this.temp).map(p=>p.model.xs),n=Math.min(0,...t.map(p=>p[0]??0)),r=Math.max(1,...t.map(p=>p[p.length-1]??0)),o=this.xRange??{min:n,max:r},l=(o.min+o.max)/2,c=Math.max(300,(o.max-o.min)*e/2),u={min:Math.max(n,l-c),max:Math.min(r,l+c)};this.xRange=u.min<=n&&u.max>=r?null:u}get temp(){return Oe(this.hass.config.unit_system.temperature)}render(){let e=ce(Pe(this.hass)),t=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return v`<div class="card">
        <p>${e("compare.pick")}</p>
        <button @click=${()=>te(this,"brewpit-navigate",{path:"/sessions"})}>
          ${e("compare.go_to_sessions")}
        </button>
      </div>`;if(this.error)return v`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return v`<div class="card" role="status">${e("list.loading")}</div>`;let n=this.hass.themes?.darkMode??!1;return v`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">${e("compare.title",{count:this.inputs.length})}</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label=${e("detail.zoom_in")} @click=${()=>this.zoomBy(.5)}>
            +
          </button>
          <button class="icon" aria-label=${e("detail.zoom_out")} @click=${()=>this.zoomBy(2)}>
            −
          </button>
          <button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>
            ${e("detail.reset_zoom")}
          </button>
        </div>
        ${this.renderLegend(e,t)}
      </section>
      ${this.models(this.inputs,this.temp).map(({role:r,model:o})=>v`<section
            class="card"
            aria-label=${e("compare.role_compared",{role:Et(r,e)})}
          >
            <h3>${Et(r,e)}</h3>
            <brewpit-chart
              .model=${o}
              .xRange=${this.xRange}
              .formatters=${t}
              .t=${e}
              ?dark=${n}
              .height=${this.narrow?220:300}
              label=${e("compare.chart_label",{role:Et(r,e),count:this.inputs.length})}
              @range-changed=${l=>this.xRange=l.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${l=>this.zoomBy(l.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?v`<div class="card muted">${e("compare.nothing")}</div>`:T}
    `}renderLegend(e,t){let n=Date.now();return v`<ul class="legend">
      ${this.inputs.map(({session:r},o)=>v`<li>
            <span
              class="line"
              style=${`border-block-start-style:${td[o%td.length]}`}
            ></span>
            <a
              href=${"#"}
              @click=${l=>{l.preventDefault(),te(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
              >${r.name}</a
            >
            <span class="muted">
              ${t.dateTime(r.started_at)} ·
              ${as((r.ended_at??n)-r.started_at,e)}
            </span>
          </li>`)}
    </ul>`}};Ut.styles=[ye,ge`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
      .line {
        display: inline-block;
        inline-size: 24px;
        border-block-start: 3px solid var(--secondary-text-color);
      }
    `],b([R({attribute:!1})],Ut.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],Ut.prototype,"narrow",2),b([R({attribute:!1})],Ut.prototype,"ids",2),b([C()],Ut.prototype,"inputs",2),b([C()],Ut.prototype,"error",2),b([C()],Ut.prototype,"loading",2),b([C()],Ut.prototype,"xRange",2),Ut=b([ue("brewpit-compare")],Ut);var Ft=class extends ee{constructor(){super(...arguments);this.open=!1;this.hubUrl="";this.error="";this.copied=!1;this.now=Date.now()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker)}get t(){return ce(Pe(this.hass))}async start(){this.error="",this.copied=!1;try{let[e,t]=await Promise.all([En(this.hass),wa(this.hass)]);this.hubUrl=Tn(e.url,window.location.hostname),this.pairing=t,this.open=!0,this.now=Date.now(),clearInterval(this.ticker),this.ticker=setInterval(()=>this.now=Date.now(),1e3)}catch(e){this.error=re(e)}}async copy(e){try{await navigator.clipboard.writeText(e),this.copied=!0}catch{let t=document.createRange();t.selectNodeContents(this.renderRoot.querySelector("code.command")),getSelection()?.removeAllRanges(),getSelection()?.addRange(t)}}render(){let e=this.t,t=this.pairing;if(!t)return v`<button class="primary pair" @click=${()=>{this.start()}}>
          ${e("devices.pair")}
        </button>
        ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}`;let n=Math.max(0,Math.round((t.expires_at-this.now)/1e3)),r=n===0,o=za(this.hubUrl,t.code);return v`<section class="card pairing" aria-labelledby="pair-title">
      <h3 id="pair-title">${e("devices.pair_title")}</h3>
      <p>
        ${e("devices.pair_code")} <strong class="code">${t.code}</strong>
        <span class="muted" role="timer">
          ${r?e("devices.pair_expired"):e("devices.pair_expires",{m:Math.floor(n/60),s:String(n%60).padStart(2,"0")})}
        </span>
      </p>
      <p>${e("devices.pair_run")}</p>
      <div class="cmd">
        <code class="command">${o}</code>
        <button @click=${()=>{this.copy(o)}}>
          ${this.copied?e("devices.copied"):e("devices.copy")}
        </button>
      </div>
      <p class="muted">${e("devices.pair_then")}</p>
      <p class="muted" role="status">${e("devices.pair_waiting")}</p>
      <div class="toolbar">
        ${r?v`<button @click=${()=>{this.start()}}>${e("devices.pair_new_code")}</button>`:T}
        <button @click=${()=>this.close()}>${e("common.close")}</button>
      </div>
    </section>`}close(){clearInterval(this.ticker),this.pairing=void 0,this.open=!1}};Ft.styles=[ye,ge`
      :host([open]) {
        flex-basis: 100%;
      }
      .code {
        font-family: var(--code-font-family, monospace);
        font-size: 1.4rem;
        letter-spacing: 0.08em;
        margin-inline: 8px;
      }
      .cmd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      code.command {
        flex: 1 1 20em;
        font-family: var(--code-font-family, monospace);
        background: var(--secondary-background-color);
        border-radius: 6px;
        padding: 8px;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `],b([R({attribute:!1})],Ft.prototype,"hass",2),b([C()],Ft.prototype,"pairing",2),b([R({type:Boolean,reflect:!0})],Ft.prototype,"open",2),b([C()],Ft.prototype,"hubUrl",2),b([C()],Ft.prototype,"error",2),b([C()],Ft.prototype,"copied",2),b([C()],Ft.prototype,"now",2),Ft=b([ue("brewpit-pair")],Ft);function Mp(s){return{name:s.length>12?`${s.slice(0,8)}…`:s,area:null}}function cs(s,i){let e=new Map;for(let t of Object.values(s??{})){let n=t.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!n)continue;let r=t.area_id?i?.[t.area_id]?.name??null:null;e.set(n,{name:t.name_by_user||t.name||n,area:r})}return t=>e.get(t)??Mp(t)}function Xs(s){return s.area?`${s.name} (${s.area})`:s.name}var Cp=2*6e4,Rp=1e4,zp=2e3,Pp=new Set(["hydrometer","ispindel","tilt","brewfather"]),bt=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.error="";this.fresh=new Set;this.fmt=de(Fe);this.names=de(cs)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return ce(Pe(this.hass))}async refresh(){clearTimeout(this.timer);try{let[e,t]=await Promise.all([xa(this.hass),os(this.hass)]),n=new Set(this.nodes?.map(o=>o.id)),r=this.nodes?e.filter(o=>!n.has(o.id)).map(o=>o.id):[];r.length&&(this.fresh=new Set([...this.fresh,...r]),this.pair?.close()),this.nodes=e,this.series=t,this.error=""}catch(e){this.error=re(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},this.pair?.open?zp:Rp))}async act(e){try{e.action==="rename"&&await $a(this.hass,e.id,(e.value??"").trim()),e.action==="remove"&&await Sa(this.hass,e.id),e.action==="token"&&(this.newToken=await ka(this.hass,e.id).then(t=>({id:e.id,token:t.token}))),this.pending=void 0,await this.refresh()}catch(t){this.error=re(t)}}render(){let e=this.t;return!this.hass.user?.is_admin?v`<div class="card"><p>${e("devices.admin_only")}</p></div>`:v`<div class="head">
        <h2>${e("devices.title")}</h2>
        <span class="spacer"></span>
        <brewpit-pair
          .hass=${this.hass}
          @click=${()=>setTimeout(()=>{this.refresh()},500)}
        ></brewpit-pair>
      </div>
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      ${this.nodes?this.nodes.length===0?v`<div class="card empty"><p>${e("devices.none")}</p></div>`:this.nodes.map(n=>this.renderNode(n)):v`<p class="muted" role="status">${e("devices.loading")}</p>`}`}renderNode(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=this.names(this.hass.devices,this.hass.areas)(e.id),o=e.status,l=Date.now(),c=e.last_seen!==null&&l-e.last_seen<Cp,u=e.kind==="edge"?t("devices.kind_edge"):Pp.has(e.kind)?t("devices.kind_hydrometer"):e.kind;return v`<section
      class="card node ${this.fresh.has(e.id)?"fresh":""}"
      data-device=${e.id}
    >
      <div class="toolbar">
        <h3>${r.name===e.id.slice(0,8)+"…"?e.name:r.name}</h3>
        ${r.area?v`<span class="chip">${r.area}</span>`:T}
        <span class="chip">${u}</span>
        <span class="chip ${c?"active":"alert"}">
          ${e.last_seen===null?t("devices.never"):t(c?"devices.online":"devices.silent")}
        </span>
        ${this.fresh.has(e.id)?v`<span class="chip active">${t("devices.just_paired")}</span>`:T}
      </div>
      <dl class="facts">
        <dt>${t("devices.last_seen")}</dt>
        <dd>${e.last_seen===null?t("devices.never"):n.relative(e.last_seen-l)}</dd>
        <dt>${t("devices.outbox")}</dt>
        <dd>
          ${o.outbox_depth??"—"}
          ${o.oldest_unsent_ts?v`<span class="muted">(${t("devices.oldest",{time:n.relative(o.oldest_unsent_ts-l)})})</span>`:T}
        </dd>
        <dt>${t("devices.dropped")}</dt>
        <dd>${e.dropped_total}</dd>
        <dt>${t("devices.version")}</dt>
        <dd>${o.version??"—"}</dd>
      </dl>
      ${this.renderSensors(e.id)} ${this.renderActions(e)}
    </section>`}renderSensors(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Oe(this.hass.config.unit_system.temperature),o=this.series.filter(l=>l.device_id===e);return o.length?v`<ul class="sensors">
      ${o.map(l=>{let c=Ue(l.kind,l.unit,r),u=l.last_status??null,p=l.last_value===null?"—":`${n.number(c.toDisplay(l.last_value),c.decimals)} ${c.unit}`;return v`<li>
          <span>${l.name||l.key}</span>
          <span class="value">${p}</span>
          ${u&&u!=="ok"?v`<span class="chip alert">${u}</span>`:T}
        </li>`})}
    </ul>`:v`<p class="muted">${t("devices.no_sensors")}</p>`}renderActions(e){let t=this.t,n=this.pending?.id===e.id?this.pending:void 0,r=this.newToken?.id===e.id?this.newToken.token:void 0,o=(u,p)=>()=>this.pending={id:e.id,action:u,value:p},l=v`<button @click=${()=>this.pending=void 0}>
      ${t("common.cancel")}
    </button>`,c;return n?.action==="rename"?c=v`<form
        class="toolbar"
        @submit=${u=>(u.preventDefault(),void this.act(n))}
      >
        <input
          name="device-name"
          aria-label=${t("devices.new_name")}
          maxlength="64"
          required
          .value=${n.value??""}
          @input=${u=>this.pending={...n,value:u.target.value}}
        />
        <button class="primary" type="submit">${t("devices.save")}</button> ${l}
      </form>`:n?.action==="remove"?c=v`<div role="group" aria-label=${t("devices.remove")}>
        <p class="error">${t("devices.remove_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_remove")}
          </button>
          ${l}
        </div>
      </div>`:n?.action==="token"?c=v`<div role="group" aria-label=${t("devices.rotate")}>
        <p>${t("devices.rotate_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_rotate")}
          </button>
          ${l}
        </div>
      </div>`:c=v`<div class="toolbar">
        <button @click=${o("rename",e.name)}>${t("devices.rename")}</button>
        ${e.kind==="edge"?v`<button @click=${o("token")}>${t("devices.rotate")}</button>`:T}
        <button class="danger" @click=${o("remove")}>${t("devices.remove")}</button>
      </div>`,v`${c}
    ${r?v`<p class="new-token">${t("devices.token_shown_once")} <code>${r}</code></p>`:T}`}};bt.styles=[ye,ge`
      .head {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 8px;
        margin-block-end: 12px;
      }
      .head h2 {
        margin: 0;
      }
      .node.fresh {
        border-color: var(--primary-color);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9em, max-content) minmax(6em, 1fr));
        gap: 4px 12px;
        margin: 8px 0;
      }
      dt {
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
      }
      .sensors {
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
        display: grid;
        gap: 4px;
      }
      .sensors li {
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .sensors .value {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      code {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      :host([narrow]) .facts {
        grid-template-columns: max-content 1fr;
      }
    `],b([R({attribute:!1})],bt.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],bt.prototype,"narrow",2),b([C()],bt.prototype,"nodes",2),b([C()],bt.prototype,"series",2),b([C()],bt.prototype,"error",2),b([C()],bt.prototype,"pending",2),b([C()],bt.prototype,"newToken",2),b([C()],bt.prototype,"fresh",2),b([xi("brewpit-pair")],bt.prototype,"pair",2),bt=b([ue("brewpit-devices")],bt);var Eo=320,To=180,Lp=(s,i)=>s.reduce((e,t,n)=>e+t*i**n,0),pt=class extends ee{constructor(){super(...arguments);this.name="";this.input="angle";this.pairs=[{raw:"",actual:""}];this.error="";this.note="";this.importing=!1;this.importText="";this.fmt=de(Fe)}connectedCallback(){super.connectedCallback(),this.input=this.hydrometer.format==="ispindel"?"angle":"gravity",Ca(this.hass,this.hydrometer.device_id).then(e=>this.show(e),()=>{})}get t(){return ce(Pe(this.hass))}show(e){this.saved=e,this.input=e.input,this.pairs=e.points.map(t=>({raw:String(t.raw),actual:String(t.actual)}))}points(){let e=n=>Number.parseFloat(n.replace(",",".")),t=[];for(let[n,r]of this.pairs.entries()){if(!r.raw.trim()&&!r.actual.trim())continue;let o=e(r.raw),l=e(r.actual);if(!Number.isFinite(o)||!Number.isFinite(l))return this.error=this.t("hydro.cal_bad_pair",{n:n+1}),null;t.push({raw:o,actual:l})}return t}async save(e=this.points(),t=this.input){if(this.note="",!!e){this.error="";try{this.show(await Ra(this.hass,this.hydrometer.device_id,t,e)),this.note=this.t("hydro.cal_saved")}catch(n){this.error=re(n)}}}exportJson(){if(!this.saved)return;let e=URL.createObjectURL(new Blob([JSON.stringify(this.saved,null,2)],{type:"application/json"})),t=document.createElement("a");t.href=e,t.download=`calibration-${this.name||this.hydrometer.key}.json`,t.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}async importJson(){try{let e=JSON.parse(this.importText);if(!Array.isArray(e.points))throw new Error('no "points" in this document');await this.save(e.points,e.input??this.input),this.importing=!1}catch(e){this.error=re(e)}}setPair(e,t){this.pairs=this.pairs.map((n,r)=>r===e?{...n,...t}:n)}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=r=>this.saved&&this.saved.points.length===this.pairs.length?this.saved.residuals[r]:void 0;return v`<section class="card" role="dialog" aria-labelledby="cal-title">
      <h3 id="cal-title">${e("hydro.cal_title",{name:this.name})}</h3>
      <p class="muted">${e("hydro.cal_help")}</p>
      <label>
        ${e("hydro.cal_input")}
        <select
          @change=${r=>this.input=r.target.value}
        >
          <option value="angle" ?selected=${this.input==="angle"}>
            ${e("hydro.cal_input.angle")}
          </option>
          <option value="gravity" ?selected=${this.input==="gravity"}>
            ${e("hydro.cal_input.gravity")}
          </option>
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${e("hydro.cal_raw")}</th>
            <th>${e("hydro.cal_actual")}</th>
            <th class="num">${e("hydro.cal_residual")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.pairs.map((r,o)=>{let l=n(o);return v`<tr class="pair">
              <td>${o+1}</td>
              <td>
                <input
                  class="raw"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_raw")} ${o+1}`}
                  .value=${r.raw}
                  @input=${c=>this.setPair(o,{raw:c.target.value})}
                />
              </td>
              <td>
                <input
                  class="actual"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_actual")} ${o+1}`}
                  .value=${r.actual}
                  @input=${c=>this.setPair(o,{actual:c.target.value})}
                />
              </td>
              <td class="num">
                ${l===void 0?"":t.number(Math.abs(l)<5e-5?0:l,4)}
              </td>
              <td>
                <button
                  class="icon"
                  aria-label=${e("hydro.cal_remove",{n:o+1})}
                  @click=${()=>this.pairs=this.pairs.filter((c,u)=>u!==o)}
                >
                  ×
                </button>
              </td>
            </tr>`})}
        </tbody>
      </table>
      <div class="toolbar">
        <button @click=${()=>this.pairs=[...this.pairs,{raw:"",actual:""}]}>
          ${e("hydro.cal_add")}
        </button>
        <span class="spacer"></span>
        <button class="primary save" @click=${()=>{this.save()}}>
          ${e("hydro.cal_save")}
        </button>
      </div>
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      ${this.note?v`<p role="status">${this.note}</p>`:T}
      ${this.saved?this.renderFit(this.saved):v`<p class="muted">${e("hydro.cal_none")}</p>`}
      ${this.importing?v`<label class="wide"
                >${e("hydro.cal_import_label")}
                <textarea
                  rows="4"
                  .value=${this.importText}
                  @input=${r=>this.importText=r.target.value}
                ></textarea>
              </label>
              <button @click=${()=>{this.importJson()}}>${e("hydro.cal_import")}</button>`:T}
      <div class="toolbar">
        <button ?disabled=${!this.saved} @click=${()=>this.exportJson()}>
          ${e("hydro.cal_export")}
        </button>
        <button @click=${()=>this.importing=!this.importing}>${e("hydro.cal_import")}</button>
        <span class="spacer"></span>
        <button @click=${()=>te(this,"calibration-closed")}>${e("common.close")}</button>
      </div>
    </section>`}renderFit(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=e.points.map(E=>E.raw),o=e.points.map(E=>E.actual);if(!r.length)return T;let l=(E,x)=>(x-E||Math.abs(x)||1)*.1,[c,u]=[Math.min(...r),Math.max(...r)],p=Array.from({length:41},(E,x)=>c+(u-c)*x/40).map(E=>[E,Lp(e.coefficients,E)]),f=[...o,...p.map(([,E])=>E)],[y,w]=[Math.min(...f),Math.max(...f)],k=E=>(E-c+l(c,u))/(u-c+2*l(c,u))*Eo,P=E=>To-(E-y+l(y,w))/(w-y+2*l(y,w))*To,z=e.coefficients.map((E,x)=>`${n.number(E,6)}${x===0?"":x===1?"·x":`·x${x===2?"²":"³"}`}`).join(" + ");return v`<figure>
      <svg
        viewBox="0 0 ${Eo} ${To}"
        role="img"
        aria-label=${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":n.number(e.r2,4)})}
      >
        ${Dr`<polyline class="curve" fill="none" points=${p.map(([E,x])=>`${k(E)},${P(x)}`).join(" ")}></polyline>`}
        ${e.points.map(E=>Dr`<circle class="point" r="4" cx=${k(E.raw)} cy=${P(E.actual)}></circle>`)}
      </svg>
      <figcaption class="fit">
        ${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":n.number(e.r2,4)})}
      </figcaption>
    </figure>`}};pt.styles=[ye,ge`
      input,
      textarea {
        font: inherit;
        inline-size: 7em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      textarea {
        inline-size: 100%;
      }
      svg {
        inline-size: 100%;
        max-inline-size: ${Eo*1.5}px;
        background: var(--secondary-background-color);
        border-radius: 8px;
      }
      .curve {
        stroke: var(--primary-color);
        stroke-width: 2;
      }
      .point {
        fill: var(--accent-color, var(--warning-color));
      }
      figure {
        margin: 8px 0;
      }
    `],b([R({attribute:!1})],pt.prototype,"hass",2),b([R({attribute:!1})],pt.prototype,"hydrometer",2),b([R()],pt.prototype,"name",2),b([C()],pt.prototype,"input",2),b([C()],pt.prototype,"pairs",2),b([C()],pt.prototype,"saved",2),b([C()],pt.prototype,"error",2),b([C()],pt.prototype,"note",2),b([C()],pt.prototype,"importing",2),b([C()],pt.prototype,"importText",2),pt=b([ue("brewpit-calibration")],pt);var Np=1e4,Dp=["ispindel","tilt","brewfather"],sd={ispindel:"iSpindel",tilt:"Tilt",brewfather:"GravityMon / Brewfather stream"},rt=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.hydrometers=[];this.series=[];this.hubUrl="";this.name="";this.error="";this.confirmDelete="";this.fmt=de(Fe);this.names=de(cs)}connectedCallback(){super.connectedCallback(),En(this.hass).then(e=>this.hubUrl=Tn(e.url,window.location.hostname),e=>this.error=re(e)),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return ce(Pe(this.hass))}async refresh(){clearTimeout(this.timer);try{[this.gateways,this.hydrometers,this.series]=await Promise.all([Ta(this.hass),Ea(this.hass),os(this.hass)])}catch(e){this.error=re(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},Np))}async create(e){e.preventDefault(),this.error="";try{this.created=await Aa(this.hass,this.name.trim()||"Hydrometers"),this.name="",await this.refresh()}catch(t){this.error=re(t)}}async removeGateway(e){try{await Ma(this.hass,e),this.created?.id===e&&(this.created=void 0),this.confirmDelete="",await this.refresh()}catch(t){this.error=re(t)}}render(){let e=this.t;return this.hass.user?.is_admin?v`<h2>${e("hydro.title")}</h2>
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      <section class="card gateways" aria-labelledby="gw-title">
        <h3 id="gw-title">${e("hydro.gateways")}</h3>
        <p class="muted">${e("hydro.gateways_help")}</p>
        <form class="toolbar" @submit=${t=>{this.create(t)}}>
          <input
            name="gateway-name"
            aria-label=${e("hydro.gateway_name")}
            placeholder=${e("hydro.gateway_name")}
            maxlength="64"
            .value=${this.name}
            @input=${t=>this.name=t.target.value}
          />
          <button class="primary" type="submit">${e("hydro.create")}</button>
        </form>
        ${this.created?this.renderUrls(this.created):T}
        ${this.gateways?.length===0?v`<p class="muted">${e("hydro.no_gateways")}</p>`:v`<ul class="plain">
                ${(this.gateways??[]).map(t=>this.renderGateway(t))}
              </ul>`}
      </section>
      ${this.renderHydrometers()}
      ${this.calibrating?v`<brewpit-calibration
              .hass=${this.hass}
              .hydrometer=${this.calibrating}
              .name=${this.hydrometerName(this.calibrating)}
              @calibration-closed=${()=>this.calibrating=void 0}
            ></brewpit-calibration>`:T}`:v`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderUrls(e){let t=this.t;return v`<div class="urls" role="region" aria-label=${t("hydro.urls",{name:e.name})}>
      <p>${t("hydro.urls",{name:e.name})}</p>
      <table>
        <thead>
          <tr>
            <th>${t("hydro.device_type")}</th>
            <th>${t("hydro.url")}</th>
          </tr>
        </thead>
        <tbody>
          ${Dp.filter(n=>e.paths[n]).map(n=>v`<tr data-format=${n}>
                <td>
                  ${sd[n]}
                  <div class="muted small">${t(`hydro.where.${n}`)}</div>
                </td>
                <td><code class="url">${this.hubUrl}${e.paths[n]}</code></td>
              </tr>`)}
        </tbody>
      </table>
    </div>`}renderGateway(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone);return v`<li class="toolbar">
      <span>${e.name}</span>
      <span class="muted">${n.dateYear(e.created_at)}</span>
      <span class="spacer"></span>
      ${this.confirmDelete===e.id?v`<span class="muted">${t("hydro.delete_gateway_consequence")}</span>
              <button class="danger" @click=${()=>{this.removeGateway(e.id)}}>
                ${t("devices.confirm_remove")}
              </button>
              <button @click=${()=>this.confirmDelete=""}>${t("common.cancel")}</button>`:v`<button class="danger" @click=${()=>this.confirmDelete=e.id}>
              ${t("hydro.delete_gateway")}
            </button>`}
    </li>`}hydrometerName(e){return this.names(this.hass.devices,this.hass.areas)(e.device_id).name||e.key}latest(e,t){let n=this.series.find(l=>l.device_id===e&&t.includes(l.kind));if(!n||n.last_value===null)return"—";let r=this.fmt(this.hass.locale,this.hass.config.time_zone),o=Ue(n.kind,n.unit,Oe(this.hass.config.unit_system.temperature));return`${r.number(o.toDisplay(n.last_value),o.decimals)} ${o.unit}`}renderHydrometers(){let e=this.t,t=this.hydrometers.length?v`<table>
          <thead>
            <tr>
              <th>${e("hydro.list")}</th>
              <th class="num">${e("hydro.gravity")}</th>
              <th class="num">${e("hydro.battery")}</th>
              <th class="num">${e("hydro.signal")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${this.hydrometers.map(n=>v`<tr data-device=${n.device_id}>
                  <td>
                    ${this.hydrometerName(n)} <span class="muted">${sd[n.format]}</span>
                  </td>
                  <td class="num gravity">
                    ${this.latest(n.device_id,["gravity","specific_gravity"])}
                  </td>
                  <td class="num">${this.latest(n.device_id,["battery"])}</td>
                  <td class="num">${this.latest(n.device_id,["signal_strength"])}</td>
                  <td>
                    <button @click=${()=>this.calibrating=n}>${e("hydro.calibrate")}</button>
                  </td>
                </tr>`)}
          </tbody>
        </table>`:v`<p class="muted">${e("hydro.none")}</p>`;return v`<section class="card" aria-labelledby="hy-title">
      <h3 id="hy-title">${e("hydro.list")}</h3>
      ${t}
    </section>`}};rt.styles=[ye,ge`
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
      }
      code.url {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      .small {
        font-size: 0.8rem;
      }
      table {
        inline-size: 100%;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
    `],b([R({attribute:!1})],rt.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],rt.prototype,"narrow",2),b([C()],rt.prototype,"gateways",2),b([C()],rt.prototype,"hydrometers",2),b([C()],rt.prototype,"series",2),b([C()],rt.prototype,"created",2),b([C()],rt.prototype,"hubUrl",2),b([C()],rt.prototype,"name",2),b([C()],rt.prototype,"error",2),b([C()],rt.prototype,"confirmDelete",2),b([C()],rt.prototype,"calibrating",2),rt=b([ue("brewpit-hydrometers")],rt);var Qn=s=>s.stall!==null&&s.stall.ended_at===null;function Xn(s,i){return s.status==="reached"?"reached":s.status!=="ok"||s.eta===null?"unknown":s.eta-i<=18e5?"soon":"ok"}var Ip={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function id(s,i){if(Qn(s))return i("eta.reason.stall");let e=s.reason?Ip[s.reason]:void 0;return i(e??"eta.reason.other")}function nd(s,i=48){let{as_of:e,value:t,target:n,eta:r}=s;if(s.status!=="ok"||e===null||t===null||n===null||r===null)return null;let o=Math.max(e,Math.min(s.low??r,r)),l=Math.max(r,s.high??r);if(!(r>e)||t>=n)return null;let c=s.pit,u=c!==null&&c>n,p=z=>{let E=z-e;if(E<=0)return()=>n;if(!u)return N=>Math.min(n,t+(n-t)*(N-e)/E);let x=Math.log((c-t)/(c-n))/E;return N=>Math.min(n,c-(c-t)*Math.exp(-x*(N-e)))},f=p(o),y=p(r),w=p(l),k={ts:[],mid:[],lo:[],hi:[]},P=new Set([o,r,l]);for(let z=0;z<=i;z++)P.add(Math.round(e+(l-e)*z/i));for(let z of[...P].sort((E,x)=>E-x))k.ts.push(z),k.hi.push(f(z)),k.lo.push(w(z)),k.mid.push(z<=r?y(z):Number.NaN);return k}var Qt=class extends ee{constructor(){super(...arguments);this.estimates=null;this.t=ce("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?T:v`<ul class="tiles">
      ${e.channels.map(t=>this.renderChannel(t))} ${e.brew.map(t=>this.renderBrew(t))}
    </ul>`}temperature(e){let t=Ue("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(t.toDisplay(e),t.decimals)} ${t.unit}`}renderChannel(e){let t=this.t,n=Xn(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??t("predictions.probe",{id:e.series_id});return v`<li class="tile ${n}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${o}</span>
        ${n==="reached"?v`<span class="badge reached">${t("predictions.reached")}</span>`:n==="soon"?v`<span class="badge soon">${t("predictions.soon")}</span>`:T}
      </div>
      ${r?v`<div class="muted small">${r}</div>`:T}
      <div class="now">
        <span class="value">${this.temperature(e.value)}</span>
        ${e.target===null?T:v`<span class="muted">→ ${this.temperature(e.target)}</span>`}
      </div>
      ${this.renderEta(e,n)} ${this.renderStall(e)}
    </li>`}renderEta(e,t){let n=this.t,r=this.formatters;if(t==="reached")return e.eta===null?T:v`<div class="muted small">
            ${n("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
          </div>`;if(t==="unknown"||e.eta===null)return v`<div class="reason">${id(e,n)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?n("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return v`<div class="eta">
        <span class="clock">${r.clock(e.eta,this.now)}</span>
        <span class="in">${Ga(e.eta-this.now,n)}</span>
      </div>
      ${o?v`<div class="muted small band">${o}</div>`:T}`}renderStall(e){let t=e.stall;if(!t)return T;let n=this.t,r=this.formatters,o=t.ended_at??e.as_of??this.now,l=as(Math.max(0,o-t.since),n);return v`<div class="stall ${Qn(e)?"on":""}">
      ${Qn(e)?n("predictions.stall_on",{time:r.clock(t.since,this.now),duration:l}):n("predictions.stall_over",{duration:l,time:r.clock(o,this.now)})}
    </div>`}renderBrew(e){let t=this.t,n=this.formatters,r=[e.gravity===null?null:t("predictions.gravity",{value:n.number(e.gravity,3)}),e.attenuation===null?null:t("predictions.attenuation",{value:n.number(e.attenuation,0)}),e.abv===null?null:t("predictions.abv",{value:n.number(e.abv,1)})].filter(o=>o!==null);return v`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${e.label??t("predictions.probe",{id:e.series_id})}</span>
        ${e.finished?v`<span class="badge reached">${t("predictions.finished")}</span>`:T}
      </div>
      <div>${r.length?r.join(" · "):t("eta.reason.warming_up")}</div>
    </li>`}};Qt.styles=[ye,ge`
      :host {
        display: block;
      }
      .tiles {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .tile {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .tile.soon {
        border-color: var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
      }
      .tile.reached {
        border-color: var(--success-color, #43a047);
        background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        margin-inline-end: auto;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 10px;
        padding: 2px 8px;
        color: var(--text-primary-color, #fff);
      }
      .badge.soon {
        background: var(--warning-color, #ffa600);
      }
      .badge.reached {
        background: var(--success-color, #43a047);
      }
      .now .value {
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .eta {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        font-size: 1.25rem;
        font-weight: 500;
      }
      .small {
        font-size: 0.8125rem;
      }
      .reason {
        color: var(--secondary-text-color);
      }
      .stall {
        font-size: 0.8125rem;
        color: var(--secondary-text-color);
      }
      .stall.on {
        color: var(--warning-color, #ffa600);
      }
    `],b([R({attribute:!1})],Qt.prototype,"estimates",2),b([R({attribute:!1})],Qt.prototype,"formatters",2),b([R({attribute:!1})],Qt.prototype,"t",2),b([R({attribute:!1})],Qt.prototype,"temp",2),b([R({type:Number})],Qt.prototype,"now",2),b([R({attribute:!1})],Qt.prototype,"nodeOf",2),Qt=b([ue("brewpit-predictions")],Qt);var qe=s=>typeof s=="number"&&Number.isFinite(s)?s:null,Bs=s=>typeof s=="string"?s:null,Ao=s=>s!==null&&typeof s=="object"&&!Array.isArray(s)?s:null,rd=s=>Array.isArray(s)?s.map(Ao).filter(i=>i!==null):[];function Hp(s){let i=Ao(s),e=i?qe(i.since):null;return!i||e===null?null:{since:e,ended_at:qe(i.ended_at),duration_s:qe(i.duration_s)}}function Op(s){let i=qe(s.series_id);return i===null?null:{series_id:i,label:Bs(s.label),role:Bs(s.role),unit:Bs(s.unit),target:qe(s.target),value:qe(s.value),status:Bs(s.status)??"unknown",reason:Bs(s.reason),eta:qe(s.eta),low:qe(s.low),high:qe(s.high),pit:qe(s.pit),rate_per_h:qe(s.rate_per_h),stall:Hp(s.stall),as_of:qe(s.as_of)}}function Up(s){let i=qe(s.series_id);return i===null?null:{series_id:i,label:Bs(s.label),gravity:qe(s.gravity),attenuation:qe(s.attenuation),abv:qe(s.abv),trend_per_day:qe(s.trend_per_day),finished:s.finished===!0,as_of:qe(s.as_of)}}function Fp(s,i){let e=Ao(s)??{};return{session_id:Bs(e.session_id)??i,as_of:qe(e.as_of),channels:rd(e.channels).map(Op).filter(t=>t!==null),brew:rd(e.brew).map(Up).filter(t=>t!==null)}}async function Bn(s,i){let e=await s.callWS({type:"brewpit/sessions/estimates",session_id:i});return Fp(e,i)}var od=s=>`brewpit_session_${s}_`;function Pi(s){if(s.state===null||s.state==="")return null;let i=typeof s.state=="number"?s.state:Number(s.state);return Number.isFinite(i)?i:null}var Ms=class{open(i,e,t){this.unsub||(this.unsub=i.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(n=>{t?.(n)}))}get active(){return this.unsub!==void 0}close(){let i=this.unsub;this.unsub=void 0,i?.then(e=>e?.()).catch(()=>{})}};var Vp=5e3,jp=3e4;function Gp(s,i){let e=new Map;for(let t of s){let n=e.get(t.device_id)??[];n.push(t),e.set(t.device_id,n)}return[...e.entries()].map(([t,n])=>[Xs(i(t)),n.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([t],[n])=>t.localeCompare(n))}var Ct=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new Ms;this.estimatesDue=!1;this.fmt=de(Fe);this.nodes=de(cs);this.groups=de(Gp)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),Vp),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return ce(Pe(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await Ss(this.hass,{status:"active"});this.running=await Promise.all(e.map(async t=>({session:t,estimates:await Bn(this.hass,t.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},jp))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:re(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await os(this.hass),t=new Map(this.states);for(let n of e)t.has(n.id)||t.set(n.id,{value:n.last_value,ts:n.last_ts,unavailable:n.last_ts==null});this.series=e,this.states=t}catch(e){this.error=re(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let t=new Map(this.states);for(let n of e.states){if(n.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof n.series_id!="number")continue;let r=Pi(n),o=t.get(n.series_id);t.set(n.series_id,{value:r??null,ts:r===null?o?.ts??null:n.ts,unavailable:r===null})}this.states=t}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Oe(this.hass.config.unit_system.temperature);if(!this.loaded)return v`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return v`
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      ${this.renderRunning(t,n)}
      ${this.series.length===0?v`<div class="card muted">
              ${e("live.no_probes")}
              ${this.hass.user?.is_admin?v`<button
                      @click=${()=>te(this,"brewpit-navigate",{path:"/devices"})}
                    >
                      ${e("empty.open_devices")}
                    </button>`:T}
            </div>`:T}
      <div class="devices">
        ${this.groups(this.series,r).map(([o,l])=>v`<section class="card" aria-label=${e("live.node",{name:o})}>
              <h3>${o}</h3>
              <ul>
                ${l.map(c=>{let u=this.states.get(c.id),p=Ue(c.kind,c.unit,n),f=u&&!u.unavailable&&u.value!==null?`${t.number(p.toDisplay(u.value),p.decimals)} ${p.unit}`:null,y=u?.ts!=null?e("live.last_seen",{when:t.relative(this.now-u.ts)}):e("live.never_seen");return v`<li class=${f?"":"unavailable"}>
                    <span class="probe">${c.name||c.key}</span>
                    <span class="value" aria-live="off">${f??e("live.unavailable")}</span>
                    <span class="seen muted" title=${u?.ts?t.dateTime(u.ts):""}
                      >${y}</span
                    >
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `}renderRunning(e,t){let n=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=l=>{let c=this.series.find(u=>u.id===l);return c?Xs(r(c.device_id)):void 0};return this.running.filter(l=>l.estimates&&(l.estimates.channels.length||l.estimates.brew.length)).map(l=>v`<section class="card running" aria-label=${l.session.name}>
            <h3>
              <a
                href=${"#"}
                @click=${c=>{c.preventDefault(),te(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(l.session.id)}`})}}
                >${l.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${l.estimates}
              .formatters=${e}
              .t=${n}
              .temp=${t}
              .now=${this.now}
              .nodeOf=${o}
            ></brewpit-predictions>
          </section>`)}};Ct.styles=[ye,ge`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      .running h3 a {
        color: var(--primary-color);
        text-decoration: none;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `],b([R({attribute:!1})],Ct.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],Ct.prototype,"narrow",2),b([C()],Ct.prototype,"series",2),b([C()],Ct.prototype,"states",2),b([C()],Ct.prototype,"error",2),b([C()],Ct.prototype,"loaded",2),b([C()],Ct.prototype,"now",2),b([C()],Ct.prototype,"running",2),Ct=b([ue("brewpit-live")],Ct);var Cs=ge`
  :host {
    display: block;
  }
  .head h2 {
    margin: 0;
  }
  .meta {
    margin-block: 8px 0;
  }
  brewpit-predictions {
    margin-block-start: 12px;
  }
  .small {
    font-size: 0.8125rem;
  }
  .chart-tools {
    margin-block-end: 8px;
  }
  .columns {
    display: grid;
    grid-template-columns: 3fr 2fr;
    gap: 16px;
  }
  .columns > .card {
    margin-block-end: 0;
  }
  :host([narrow]) .columns {
    grid-template-columns: 1fr;
  }
  .note-form {
    display: flex;
    gap: 8px;
  }
  .note-form input {
    flex: 1;
    min-inline-size: 0;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .notes li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .notes time {
    color: var(--secondary-text-color);
    font-size: 0.8125rem;
  }
  button.link {
    border: none;
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  :host([narrow]) .card {
    padding: 12px;
  }
  :host([narrow]) table .muted {
    display: none;
  }
`;var Xt=class extends ee{constructor(){super(...arguments);this.figures=[];this.t=ce("en");this.zoomed=!1}render(){let e=this.t,t=this.formatters;return v`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.zoomed?e("figures.title_in_view"):e("figures.title")}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>${e("figures.channel")}</th>
            <th class="num">${e("figures.now")}</th>
            <th class="num">${e("figures.min")}</th>
            <th class="num">${e("figures.max")}</th>
            <th class="num">${e("figures.target")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.figures.map(n=>{let r=this.nodeOf?.(n.seriesId);return v`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme?`background:${gs(this.theme,n.colorIndex)}`:""}
                ></span
                >${n.label}
                ${Et(n.role,e).toLowerCase()===n.label.toLowerCase()?"":v`<span class="muted role">${Et(n.role,e)}</span>`}
                ${r?v`<div class="muted node">${r}</div>`:""}
              </td>
              <td class="num">${t.number(n.latest,n.decimals)} ${n.unit}</td>
              <td class="num">${t.number(n.min,n.decimals)}</td>
              <td class="num">${t.number(n.max,n.decimals)}</td>
              <td class="num">${n.target==null?"—":t.number(n.target,n.decimals)}</td>
            </tr>`})}
        </tbody>
      </table>
    </section>`}};Xt.styles=[ye,Cs],b([R({attribute:!1})],Xt.prototype,"figures",2),b([R({attribute:!1})],Xt.prototype,"theme",2),b([R({attribute:!1})],Xt.prototype,"formatters",2),b([R({attribute:!1})],Xt.prototype,"t",2),b([R({attribute:!1})],Xt.prototype,"nodeOf",2),b([R({type:Boolean})],Xt.prototype,"zoomed",2),Xt=b([ue("brewpit-session-figures")],Xt);var ad=ge`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 12px;
  }
  .grid label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    margin-block: 12px;
    padding: 8px 12px;
  }
  legend {
    color: var(--secondary-text-color);
    padding-inline: 4px;
  }
  .probe {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 9em 8em;
    gap: 4px 8px;
    align-items: center;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .probe:last-of-type {
    border-block-end: none;
  }
  .check {
    color: var(--primary-text-color);
    display: flex;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    margin-inline-end: auto;
  }
  .who .node {
    font-size: 0.75rem;
  }
  .reading {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .target {
    inline-size: 100%;
  }
  select:disabled,
  input:disabled {
    opacity: 0.45;
    cursor: not-allowed;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
    border-style: dashed;
  }
  .in-use {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--warning-color, #ffa600);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--primary-text-color);
  }
  .others summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;var ot=class extends ee{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.notes="";this.error="";this.busy=!1;this.loaded=!1;this.live=new Ms;this.fmt=de(Fe);this.nodes=de(cs)}connectedCallback(){super.connectedCallback();let e=this.session;e&&(this.kind=e.kind,this.name=e.name,this.recipe=e.recipe??"",this.og=e.og==null?"":String(e.og),this.notes=e.notes),this.loadSeries(),this.live.open(this.hass,t=>{let n=new Map(t.states.map(r=>[r.series_id,r]));this.rows.some(r=>n.has(r.series.id))&&(this.rows=this.rows.map(r=>{let o=n.get(r.series.id);return o&&typeof o.ts=="number"?{...r,series:{...r.series,last_value:Pi(o),last_ts:o.ts}}:r}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return ce(Pe(this.hass))}async loadSeries(){try{let[e,t]=await Promise.all([os(this.hass),Ss(this.hass,{status:"active"}).catch(()=>[])]),n=Oe(this.hass.config.unit_system.temperature),r=new Map(this.session?.channels.map(o=>[o.series_id,o]));this.rows=e.map(o=>{let l=r.get(o.id),c=Ue(o.kind,o.unit,n);return{series:o,on:!!l,role:l?.role??Xa(o.name,o.key,o.kind),target:l?.target==null?"":String(Math.round(c.toDisplay(l.target)*10)/10),inUse:t.filter(u=>u.id!==this.session?.id).filter(u=>u.channels.some(p=>p.series_id===o.id)).map(u=>u.name),share:!!l}})}catch(e){this.error=re(e)}finally{this.loaded=!0}}rowsOn(){return this.rows.filter(e=>e.on)}patch(e,t){this.rows=this.rows.map(n=>n.series.id===e?{...n,...t}:n)}async submit(e){e.preventDefault();let t=this.t,n=this.rows.find(p=>p.on&&p.inUse.length&&!p.share);if(n){this.error=t("form.confirm_share_first",{probe:n.series.name||n.series.key});return}let r=Oe(this.hass.config.unit_system.temperature),o=this.rowsOn().map(p=>{let f=Ue(p.series.kind,p.series.unit,r),y=Number.parseFloat(p.target.replace(",","."));return{series_id:p.series.id,role:p.role,label:(p.series.name||p.series.key).slice(0,64),...Number.isFinite(y)?{target:Math.round(f.fromDisplay(y)*1e3)/1e3}:{}}}),l=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";let c=o.find((p,f)=>p.target===void 0&&this.rowsOn()[f].target.trim());if(c){this.busy=!1,this.error=t("form.bad_target",{probe:c.label??""});return}let u={name:this.name.trim(),channels:o,...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(l)?{og:l}:{}};try{if(this.session){let p=await Ia(this.hass,this.session.id,{...u,notes:this.notes});te(this,"session-saved",p)}else te(this,"session-created",await Da(this.hass,{kind:this.kind,...u}))}catch(p){this.error=re(p)}finally{this.busy=!1}}render(){let e=this.t,t=n=>r=>n(r.target.value);return v`<form class="card" @submit=${n=>{this.submit(n)}}>
      <h2>${this.session?e("form.edit_title"):e("form.title")}</h2>
      <div class="grid">
        <label>
          ${e("form.name")}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${t(n=>this.name=n)}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            name="kind"
            ?disabled=${!!this.session}
            @change=${n=>this.kind=n.target.value}
          >
            <option value="cook" ?selected=${this.kind==="cook"}>${e("kind.cook")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("kind.brew")}</option>
          </select>
        </label>
        <label>
          ${e("form.recipe")}
          <input maxlength="200" .value=${this.recipe} @input=${t(n=>this.recipe=n)} />
        </label>
        ${this.kind==="brew"?v`<label>
                ${e("form.og")}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${t(n=>this.og=n)}
                />
              </label>`:T}
        ${this.session?v`<label class="wide">
                ${e("form.notes")}
                <textarea
                  name="notes"
                  rows="3"
                  .value=${this.notes}
                  @input=${t(n=>this.notes=n)}
                ></textarea>
              </label>`:T}
      </div>
      ${this.renderProbes()}
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      <div class="toolbar">
        <span class="spacer"></span>
        ${this.session?v`<button type="button" @click=${()=>te(this,"form-closed")}>
                ${e("common.cancel")}
              </button>`:T}
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          ${this.session?e("form.save"):e("form.start")}
        </button>
      </div>
    </form>`}renderProbes(){let e=this.t,t=this.rows.filter(l=>Qa(l.role,this.kind)&&!Ba.has(l.series.kind)||l.on),n=this.rows.filter(l=>!t.includes(l)),r=this.kind==="cook"?e("kind.cook"):e("kind.brew"),o=this.loaded?this.rows.length===0?v`<p class="muted">
            ${e("form.no_probes")}
            <button
              type="button"
              @click=${()=>te(this,"brewpit-navigate",{path:"/devices"})}
            >
              ${e("empty.open_devices")}
            </button>
          </p>`:v`${t.map(l=>this.renderRow(l))}
          ${n.length?v`<details class="others">
                  <summary>${e("form.other_probes",{count:n.length,kind:r})}</summary>
                  ${n.map(l=>this.renderRow(l))}
                </details>`:T}`:v`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return v`<fieldset>
      <legend>${e("form.probes")}</legend>
      ${o}
    </fieldset>`}renderRow(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Oe(this.hass.config.unit_system.temperature),o=Ue(e.series.kind,e.series.unit,r),l=e.series.name||e.series.key,c=Xs(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),u=e.series.last_value===null?t("form.no_reading"):`${n.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,p=e.series.id;return v`<div class="probe ${e.on?"on":""}" data-series=${p}>
      <label class="check">
        <input
          type="checkbox"
          .checked=${e.on}
          @change=${f=>this.patch(p,{on:f.target.checked})}
        />
        <span class="who">
          <span class="name">${l}</span>
          <span class="muted node">${c}</span>
        </span>
        <span class="reading" title=${e.series.last_ts?n.dateTime(e.series.last_ts):""}
          >${u}</span
        >
      </label>
      ${this.renderRole(e,l)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${t("form.target_of",{probe:l,unit:o.unit})}
        placeholder=${t("form.target_placeholder",{unit:o.unit})}
        ?disabled=${!e.on}
        .value=${e.target}
        @input=${f=>this.patch(p,{target:f.target.value})}
      />
      ${e.inUse.length?v`<div class="in-use" role="note">
              ${t("form.in_use",{sessions:e.inUse.join(", ")})}
              ${e.on?v`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${e.share}
                        @change=${f=>this.patch(p,{share:f.target.checked})}
                      />
                      ${t("form.share",{sessions:e.inUse.join(", ")})}
                    </label>`:T}
            </div>`:T}
    </div>`}renderRole(e,t){let n=this.t,r=Ja(this.kind),o=e.series.id;return v`<select
      aria-label=${n("form.role_of",{probe:t})}
      ?disabled=${!e.on}
      @change=${l=>this.patch(o,{role:l.target.value})}
    >
      ${r.fitting.map(l=>v`<option value=${l} ?selected=${l===e.role}>${Et(l,n)}</option>`)}
      <optgroup label=${n("form.other_roles")}>
        ${r.others.map(l=>v`<option value=${l} ?selected=${l===e.role}>${Et(l,n)}</option>`)}
      </optgroup>
    </select>`}};ot.styles=[ye,ad],b([R({attribute:!1})],ot.prototype,"hass",2),b([R({attribute:!1})],ot.prototype,"session",2),b([C()],ot.prototype,"rows",2),b([C()],ot.prototype,"kind",2),b([C()],ot.prototype,"name",2),b([C()],ot.prototype,"recipe",2),b([C()],ot.prototype,"og",2),b([C()],ot.prototype,"notes",2),b([C()],ot.prototype,"error",2),b([C()],ot.prototype,"busy",2),b([C()],ot.prototype,"loaded",2),ot=b([ue("brewpit-session-form")],ot);var yt=class extends ee{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.confirmDelete=!1;this.busy=!1;this.fmt=de(Fe)}get t(){return ce(Pe(this.hass))}async end(){this.busy=!0;try{te(this,"session-changed",await Ha(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){te(this,"session-error",re(e))}finally{this.busy=!1}}async deleteIt(){this.busy=!0;try{await Oa(this.hass,this.session.id),te(this,"brewpit-navigate",{path:"/sessions"})}catch(e){te(this,"session-error",re(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,t=Fr(this.hass.locale,this.hass.config.time_zone);try{await Fa(this.hass,e.id,Va(e),t)}catch(n){let r=n instanceof Ji?this.t("detail.export_failed",{status:n.status}):re(n);te(this,"session-error",r)}}render(){let e=this.t,t=this.session,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=t.status==="active";return v`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${t.name}</h2>
        <span class="chip">${t.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
        <span class="chip ${r?"active":""}">
          ${e(r?"status.running":"status.ended")}
        </span>
        <span class="spacer"></span>
        <button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
        ${this.hass.user?.is_admin?v`<button class="edit" @click=${()=>te(this,"session-edit")}>
                  ${e("detail.edit")}
                </button>
                ${r?this.renderEnd():T} ${this.renderDelete()}`:T}
      </div>
      <p class="muted meta">
        ${e("detail.started",{time:n.dateTime(t.started_at)})} ·
        ${t.ended_at?v`${e("detail.ended",{time:n.dateTime(t.ended_at)})} · `:""}
        ${as((t.ended_at??this.now)-t.started_at,e)}
        ${t.recipe?v` · ${t.recipe}`:T}
        ${t.og!=null?v` · ${e("detail.og",{value:n.number(t.og,3)})}`:T}
      </p>
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${n}
        .t=${e}
        .temp=${Oe(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`}renderEnd(){let e=this.t;return this.confirmEnd?v`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        ${e("detail.confirm_end")}
      </button>
      <button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
    </span>`:v`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        ${e("detail.end")}
      </button>`}renderDelete(){let e=this.t;return this.confirmDelete?v`<span role="group" aria-label=${e("detail.confirm_delete_group")} class="toolbar">
      <span class="muted">${e("detail.delete_consequence")}</span>
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.deleteIt()}}>
        ${e("detail.confirm_delete")}
      </button>
      <button @click=${()=>this.confirmDelete=!1}>${e("common.cancel")}</button>
    </span>`:v`<button class="danger" @click=${()=>this.confirmDelete=!0}>
        ${e("detail.delete")}
      </button>`}};yt.styles=[ye,Cs],b([R({attribute:!1})],yt.prototype,"hass",2),b([R({attribute:!1})],yt.prototype,"session",2),b([R({attribute:!1})],yt.prototype,"estimates",2),b([R({type:Number})],yt.prototype,"now",2),b([R()],yt.prototype,"error",2),b([R({attribute:!1})],yt.prototype,"nodeOf",2),b([C()],yt.prototype,"confirmEnd",2),b([C()],yt.prototype,"confirmDelete",2),b([C()],yt.prototype,"busy",2),yt=b([ue("brewpit-session-head")],yt);var _t=class extends ee{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=ce("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let t=this.text.trim();if(t){this.busy=!0,this.error="";try{let n=await Ua(this.hass,this.sessionId,t,this.at??void 0);this.text="",te(this,"note-added",n)}catch(n){this.error=re(n)}finally{this.busy=!1}}}render(){let e=this.t,t=this.formatters,n={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return v`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">${e("notes.title")}</h3>
      ${this.hass.user?.is_admin?v`<form class="note-form" @submit=${r=>{this.add(r)}}>
                <label for="note" class="visually-hidden">${e("notes.text")}</label>
                <input
                  id="note"
                  name="note"
                  maxlength="500"
                  placeholder=${e("notes.placeholder")}
                  .value=${this.text}
                  @input=${r=>this.text=r.target.value}
                />
                <button class="primary" type="submit" ?disabled=${this.busy||!this.text.trim()}>
                  ${e("notes.add")}
                </button>
              </form>
              <p class="muted small">
                ${this.at?v`${e("notes.at_picked",{time:t.dateTime(this.at)})}
                        <button class="link" @click=${()=>te(this,"note-at-cleared")}>
                          ${e("notes.use_now")}
                        </button>`:e("notes.at_now")}
              </p>`:T}
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      ${this.annotations.length?v`<ul class="notes">
              ${this.annotations.map(r=>v`<li>
                    <span class="chip ${r.kind==="alert"?"alert":""}"
                      >${n[r.kind]??r.kind}</span
                    >
                    <time datetime=${new Date(r.ts).toISOString()}>${t.dateTime(r.ts)}</time>
                    <span>${r.text}</span>
                  </li>`)}
            </ul>`:v`<p class="muted">${e("notes.none")}</p>`}
    </section>`}};_t.styles=[ye,Cs],b([R({attribute:!1})],_t.prototype,"hass",2),b([R()],_t.prototype,"sessionId",2),b([R({attribute:!1})],_t.prototype,"annotations",2),b([R({attribute:!1})],_t.prototype,"at",2),b([R({attribute:!1})],_t.prototype,"formatters",2),b([R({attribute:!1})],_t.prototype,"t",2),b([C()],_t.prototype,"text",2),b([C()],_t.prototype,"busy",2),b([C()],_t.prototype,"error",2),_t=b([ue("brewpit-session-notes")],_t);var er=class{constructor(){this.bySeries=new Map}add(i,e){let t=this.bySeries.get(i)??[];t.push(e),this.bySeries.set(i,t)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(i){let e=0,t=!1,n=i.series.map(o=>{let l=this.bySeries.get(o.series_id);if(!l)return o;let c=o.points.length?o.points[o.points.length-1][0]:-1/0,u=l.filter(p=>p[0]>c).sort((p,f)=>p[0]-f[0]);return e=Math.max(e,u.length),u.length&&u[0][0]-c>6e4&&(t=!0),u.length?{...o,points:[...o.points,...u]}:o});if(this.bySeries.clear(),!e)return{history:i,added:e,skipped:t};let r=Math.max(i.to,...n.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...i,series:n,to:r},added:e,skipped:t}}};function ld(s){if(!s)return 0;let i=0;for(let e of s.series)i=Math.max(i,e.points[e.points.length-1]?.[0]??0);return i}var Wp=1e3,Kp=5e3,qp=6e4,tr=class{constructor(i,e){this.host=i;this.on=e;this.live=new Ms;this.buffer=new er;this.estimatesAt=0;i.addController(this)}follow(i,e){let t=e?.id!==this.session?.id;this.hass=i,this.session=e,t&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(i,n=>this.onLive(n),n=>this.on.error(n)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:i,session:e}=this;if(!(!i||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let t=await Bn(i,e.id);e.id===this.session?.id&&this.on.estimates(t)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},qp))}}onLive(i){let e=this.session;if(!e)return;let t=new Set(e.channels.map(o=>o.series_id)),n=od(e.id),r=!1;for(let o of i.states)o.unique_id?.startsWith(n)&&(r=!0),!(!t.has(o.series_id)||typeof o.ts!="number")&&this.buffer.add(o.series_id,[o.ts,Pi(o)]);if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+Kp-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},Wp))}};function cd(s,i,e,t,n,r){if(!s)return Zn;let o=r*6e4,l=[],c=[],u=new Map,p=s.channels.length;for(let f of s.channels){let y=i.findIndex(E=>E.series_id===f.series_id);if(y<0)continue;let w=i[y],k=Ue(w.kind,f.unit??w.unit,e),P=Xn(f,o);P==="reached"?u.set(y,{text:n("chart.reached"),state:P}):f.eta!==null&&P!=="unknown"&&u.set(y,{text:n("chart.eta",{time:t.clock(f.eta,o)}),state:P});let z=nd(f);if(z&&l.push({scale:k.unit,colorIndex:y,xs:z.ts.map(E=>E/1e3),mid:z.mid.map(E=>Number.isFinite(E)?k.toDisplay(E):Number.NaN),lo:z.lo.map(k.toDisplay),hi:z.hi.map(k.toDisplay)}),f.stall){let E=f.stall.ended_at??f.as_of;c.push({x:f.stall.since/1e3,endX:E===null?null:E/1e3,colorIndex:y,label:p>1?n("chart.stall_of",{label:w.label}):n("chart.stall")})}}return{projections:l,stalls:c,targetNotes:u}}var Zp=250,Yp=600,Jp=15e3,et=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=Jn;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.editing=!1;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new tr(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:re(e)})});this.model=de(Gc);this.figures=de(qc);this.fmt=de(Fe);this.nodes=de(cs);this.extras=de(cd);this.theme=de(e=>Kn(t=>getComputedStyle(this).getPropertyValue(t)));this.xRange=de((e,t)=>e===void 0||t===void 0?null:{min:e/1e3,max:t/1e3});this.nodeOf=e=>{let t=this.series.find(n=>n.id===e);return t?Xs(this.nodes(this.hass.devices,this.hass.areas)(t.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),Jp),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return ce(Pe(this.hass))}get temp(){return Oe(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return Yn(e)}async load(){let e=++this.requestSeq;this.error="",this.view=Jn,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),os(this.hass).then(t=>this.series=t,()=>{});try{let[t,n]=await Promise.all([An(this.hass,this.sessionId),Qi(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=t,this.history=n,this.appended=0,this.now=Date.now()}catch(t){e===this.requestSeq&&(this.error=re(t))}}edge(){return Math.max(this.now,ld(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let t=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),n=this.edge(),r=this.view.range?n-(this.view.range.to-this.view.range.from):e.started_at;return Xc(t,n,n-r)}visible(){return this.session?Bc(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=ed(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},Zp))}async refetch(){let e=++this.requestSeq,t=this.visible(),n=t?{from:t.from,...this.view.follow?{}:{to:t.to}}:{};try{let r=await Qi(this.hass,this.sessionId,{...n,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=re(r))}}flushLive(e){if(!this.history)return e.clear();let{history:t,added:n,skipped:r}=e.drain(this.history);this.now=Date.now(),n&&(this.history=t,this.appended+=n,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=Yp&&this.refetch()))}pan(e){let t=this.visible();t&&this.session&&this.choose(Jc(t,e,ln(this.session,this.edge(),this.ahead())))}zoom(e){let t=this.visible()??(this.session?ko(this.session,this.now):null);t&&this.session&&this.choose(Qc(t,e,ln(this.session,this.edge(),this.ahead())))}onSaved(e){this.editing=!1,this.session=e,this.load()}onNote(e){if(this.noteAt=null,!this.history)return;let t=[...this.history.annotations,e].sort((n,r)=>n.ts-r.ts);this.history={...this.history,annotations:t}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?v`<div class="card" role="status">
        ${this.error?v`<span class="error">${this.error}</span>`:this.t("detail.loading")}
      </div>`:v`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${t=>this.session=t.detail}
        @session-error=${t=>this.error=t.detail}
        @session-edit=${()=>this.editing=!0}
      ></brewpit-session-head>
      ${this.editing?v`<brewpit-session-form
              .hass=${this.hass}
              .session=${this.session}
              @session-saved=${t=>this.onSaved(t.detail)}
              @form-closed=${()=>this.editing=!1}
            ></brewpit-session-form>`:T}
      ${this.renderChart(this.session,e)}
      <div class="columns">
        <brewpit-session-figures
          .figures=${this.figures(this.history,this.temp)}
          .theme=${this.theme(this.hass.themes?.darkMode??!1)}
          .formatters=${e}
          .t=${this.t}
          .nodeOf=${this.nodeOf}
          ?zoomed=${!!this.view.range}
        ></brewpit-session-figures>
        <brewpit-session-notes
          .hass=${this.hass}
          .sessionId=${this.session.id}
          .annotations=${this.history.annotations}
          .at=${this.noteAt}
          .formatters=${e}
          .t=${this.t}
          @note-added=${t=>this.onNote(t.detail)}
          @note-at-cleared=${()=>this.noteAt=null}
        ></brewpit-session-notes>
      </div>`}renderChart(e,t){let n=this.t,r=this.history,o=this.model(r,this.temp),l=Math.floor(this.now/6e4),c=this.visible(),u=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return v`<section class="card" aria-label=${n("detail.chart")}>
      <div class="toolbar chart-tools">
        ${this.renderTools(e)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(c,t)}
          ${r.series.some(p=>p.downsampled)?` · ${n("detail.downsampled")}`:""}
        </span>
      </div>
      ${o.series.length===0?v`<p class="muted">${n("detail.no_channels")}</p>`:v`<brewpit-chart
              .model=${o}
              .extras=${this.extras(this.estimates,r.series,this.temp,t,n,l)}
              .xRange=${this.xRange(c?.from,c?.to)}
              .formatters=${t}
              .t=${n}
              .detail=${this.detailOf}
              .timeZone=${u}
              ?dark=${this.hass.themes?.darkMode??!1}
              .height=${this.narrow?260:380}
              label=${n("detail.chart_of",{name:e.name})}
              @range-changed=${this.onRangeChanged}
              @reset-zoom=${()=>this.choose(null)}
              @chart-pan=${p=>this.pan(p.detail.fraction)}
              @chart-zoom=${p=>this.zoom(p.detail.factor)}
              @chart-click=${this.onChartClick}
            ></brewpit-chart>`}
    </section>`}renderTools(e){let t=this.t,n=e.status==="active"&&!this.view.follow;return v`<button
        class="icon"
        aria-label=${t("detail.pan_earlier")}
        @click=${()=>this.pan(-.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${t("detail.pan_later")} @click=${()=>this.pan(.25)}>
        ›
      </button>
      <button class="icon" aria-label=${t("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
        +
      </button>
      <button class="icon" aria-label=${t("detail.zoom_out")} @click=${()=>this.zoom(2)}>
        −
      </button>
      ${e.status==="active"?v`<button
              class=${n?"primary":""}
              ?disabled=${!n&&!this.view.range}
              @click=${()=>this.choose(null)}
            >
              ${t("detail.back_to_live")}
            </button>`:v`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
              ${t("detail.reset_zoom")}
            </button>`}`}rangeLabel(e,t){let n=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?n("detail.range_live_window",{duration:as(this.view.range.to-this.view.range.from,n)}):n("detail.range_live"):e&&this.view.range?`${t.dateTime(e.from)} – ${t.dateTime(e.to)}`:n("detail.range_whole")}};et.styles=[ye,Cs],b([R({attribute:!1})],et.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],et.prototype,"narrow",2),b([R()],et.prototype,"sessionId",2),b([C()],et.prototype,"session",2),b([C()],et.prototype,"history",2),b([C()],et.prototype,"view",2),b([C()],et.prototype,"estimates",2),b([C()],et.prototype,"series",2),b([C()],et.prototype,"error",2),b([C()],et.prototype,"noteAt",2),b([C()],et.prototype,"editing",2),b([C()],et.prototype,"now",2),b([xi("brewpit-chart")],et.prototype,"chart",2),et=b([ue("brewpit-session-detail")],et);var dd="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",ud="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",hd="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",pd="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function cn(s,i=!1){return v`<svg class=${i?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${s}></path>
  </svg>`}var Qp=300;function Xp(s,i,e,t=ce("en")){let n=[t("list.channels",{count:s.channels.length})],r=Ue("temperature","°C",e),o=s.summary?.channels??[];if(o.length)for(let l of o.filter(c=>c.role!=="ambient").slice(0,3))l.role==="gravity"?n.push(`${l.label} ${i.number(l.last_value,3)}`):l.max!=null&&n.push(t("list.max",{label:l.label,value:`${i.number(r.toDisplay(l.max),1)} ${r.unit}`}));else{let l=s.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of l.slice(0,2))n.push(`${c.label??c.role} → ${i.number(r.toDisplay(c.target),0)} ${r.unit}`)}return s.og!=null&&n.push(t("detail.og",{value:i.number(s.og,3)})),s.recipe&&n.push(s.recipe),n}var mt=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=de(Fe)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,t={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let n=await Ss(this.hass,t);if(e!==this.seq)return;this.sessions=[...n].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(n){e===this.seq&&(this.error=re(n))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},Qp)}open(e){te(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,t){let n=new Set(this.selected);t?n.add(e):n.delete(e),this.selected=n}compare(){let e=this.sessions.filter(t=>this.selected.has(t.id)).map(t=>t.id);te(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,t){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(t))}get t(){return ce(Pe(this.hass))}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Oe(this.hass.config.unit_system.temperature),r=Date.now();return v`
      ${this.renderFilters(e)}
      ${this.creating?v`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${o=>this.open(o.detail.id)}
            ></brewpit-session-form>`:T}
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:T}
      <section class="card list" aria-label=${e("list.sessions")}>
        ${this.loaded?this.sessions.length===0?v`<p class="muted">${e("list.none")}</p>`:v`<div role="list">
                  ${this.sessions.map(o=>this.renderRow(o,t,n,r,e))}
                </div>`:v`<p class="muted" role="status">${e("list.loading")}</p>`}
      </section>
    `}renderFilters(e){return v`<section class="card" aria-label=${e("list.filters")}>
      <div class="toolbar filters">
        <label>
          <span class="visually-hidden">${e("list.search_label")}</span>
          <input
            type="search"
            placeholder=${e("list.search")}
            .value=${this.q}
            @input=${this.onSearch}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            aria-label=${e("form.kind")}
            @change=${t=>this.setFilter({kind:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="cook" ?selected=${this.kind==="cook"}>${e("list.cooks")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("list.brews")}</option>
          </select>
        </label>
        <label>
          ${e("list.status")}
          <select
            aria-label=${e("list.status")}
            @change=${t=>this.setFilter({status:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="active" ?selected=${this.status==="active"}>
              ${e("status.running")}
            </option>
            <option value="ended" ?selected=${this.status==="ended"}>${e("status.ended")}</option>
          </select>
        </label>
        <span class="spacer"></span>
        <button
          ?disabled=${this.selected.size<2}
          @click=${this.compare}
          aria-label=${e("list.compare_label",{count:this.selected.size})}
        >
          ${e("list.compare",{count:this.selected.size})}
        </button>
        ${this.hass.user?.is_admin?v`<button class="primary" @click=${()=>this.creating=!this.creating}>
                ${this.creating?e("common.close"):e("list.new")}
              </button>`:T}
      </div>
    </section>`}renderRow(e,t,n,r,o){let l=as((e.ended_at??r)-e.started_at,o),c=e.status==="active"?o("status.running"):o("status.ended"),u=e.kind==="cook"?o("kind.cook"):o("kind.brew");return v`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${u}, ${c}, ${l}`}
      @click=${p=>{p.target.closest(".select")||this.open(e.id)}}
      @keydown=${p=>this.onRowKey(p,e.id)}
    >
      <label class="select" @click=${p=>p.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${o("list.select",{name:e.name})}
          .checked=${this.selected.has(e.id)}
          @change=${p=>this.toggle(e.id,p.target.checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${cn(e.kind==="cook"?hd:pd)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${Xp(e,t,n,o).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status"> ${c} </span>
      <span class="muted started">${t.dateTime(e.started_at)}</span>
      <span class="duration">${l}</span>
    </div>`}};mt.styles=[ye,ge`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `],b([R({attribute:!1})],mt.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],mt.prototype,"narrow",2),b([C()],mt.prototype,"sessions",2),b([C()],mt.prototype,"loaded",2),b([C()],mt.prototype,"error",2),b([C()],mt.prototype,"kind",2),b([C()],mt.prototype,"status",2),b([C()],mt.prototype,"q",2),b([C()],mt.prototype,"selected",2),b([C()],mt.prototype,"creating",2),mt=b([ue("brewpit-sessions-list")],mt);function md(s,i=""){let e=(s??"").split("?")[0].split("/").filter(Boolean),t=new URLSearchParams((s??"").includes("?")?s.split("?")[1]:i);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let n=(t.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(n)]}}case"live":case"devices":case"hydrometers":case"alerts":return{view:e[0]};default:return{view:"sessions"}}}var vs=class extends ee{constructor(){super(...arguments);this.narrow=!1;this.parsed=de((e,t)=>md(e,t))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){Zc(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return T;let e=this.view,t=this.hass.dockedSidebar,n=this.narrow||t==="always_hidden",r=ce(Pe(this.hass)),o=this.panel?.title||"Brewpit",l=e.view==="session"||e.view==="compare";return v`
      <header class="toolbar-top">
        ${n?v`<button
                class="icon-btn"
                aria-label=${r("panel.open_sidebar")}
                @click=${()=>te(this,"hass-toggle-menu")}
              >
                ${cn(dd)}
              </button>`:T}
        ${l?v`<button
                class="icon-btn"
                aria-label=${r("panel.back")}
                @click=${()=>this.go("/sessions")}
              >
                ${cn(ud,!0)}
              </button>`:T}
        <h1>${o}</h1>
        <nav aria-label=${r("panel.views")}>
          ${this.navLink("/sessions",e.view==="sessions",r("panel.sessions"))}
          ${this.navLink("/live",e.view==="live",r("panel.live"))}
          ${this.hass.user?.is_admin?v`${this.navLink("/devices",e.view==="devices",r("panel.devices"))}
                ${this.navLink("/hydrometers",e.view==="hydrometers",r("panel.hydrometers"))}
                ${this.navLink("/alerts",e.view==="alerts",r("panel.alerts"))}`:T}
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}navLink(e,t,n){return v`<a
      href=${`${this.route?.prefix??""}${e}`}
      aria-current=${t?"page":"false"}
      @click=${r=>this.link(r,e)}
      >${n}</a
    >`}link(e,t){let n=e;n.ctrlKey||n.metaKey||n.shiftKey||n.button>0||(e.preventDefault(),this.go(t))}renderView(e){switch(e.view){case"session":return v`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return v`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return v`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;case"devices":return v`<brewpit-devices .hass=${this.hass} ?narrow=${this.narrow}></brewpit-devices>`;case"alerts":return v`<brewpit-alerts .hass=${this.hass} ?narrow=${this.narrow}></brewpit-alerts>`;case"hydrometers":return v`<brewpit-hydrometers
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-hydrometers>`;default:return v`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`}}};vs.styles=[ye,ge`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      :host([narrow]) nav a {
        padding-inline: 8px;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `],b([R({attribute:!1})],vs.prototype,"hass",2),b([R({type:Boolean,reflect:!0})],vs.prototype,"narrow",2),b([R({attribute:!1})],vs.prototype,"route",2),b([R({attribute:!1})],vs.prototype,"panel",2),vs=b([ue("brewpit-panel")],vs);export{vs as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
